import Foundation
import Testing
@testable import GovReportsCore

/// The WARC reader on hand-laid archives: plain, gzip per record, whole-file gzip, and damaged ones.
@Suite struct WARCReaderTests {
    /// Three records, the same in all three storage forms: same headers, blocks, and per-record offsets.
    @Test func readsPlainPerRecordGzipAndWholeGzipAlike() throws {
        let records = [WARCFixtures.warcinfo(),
                       WARCFixtures.response("http://a.example/1.html", body: WARCFixtures.page("一")),
                       WARCFixtures.response("http://a.example/2.html", body: WARCFixtures.page("二"))]
        let dir = WARCFixtures.folder()
        let plain = try WARCFixtures.write(records.flatMap { $0 }, "plain.warc", in: dir)
        let members = records.map(Gzip.member)
        let perRecord = try WARCFixtures.write(members.flatMap { $0 }, "per.warc.gz", in: dir)
        let whole = try WARCFixtures.write(Gzip.member(records.flatMap { $0 }), "whole.warc.gz", in: dir)
        for path in [plain, perRecord, whole] {
            let (read, issues) = try WARCFixtures.readAll(path)
            #expect(issues.isEmpty, "\(path): \(issues)")
            #expect(read.map { $0.0.type } == ["warcinfo", "response", "response"])
            #expect(read[2].0.targetURI == "http://a.example/2.html")
            #expect(read.allSatisfy { $0.1.isWhole && !$0.1.isTruncated })
            #expect(Array(read[1].1.bytes.suffix(WARCFixtures.page("一").count)) == WARCFixtures.page("一"))
        }
        // Per-record gzip: each record at its member's file offset (what CDX indexes store).
        let offsets = members.reduce(into: [0]) { $0.append($0.last! + $1.count) }.dropLast()
        #expect(try WARCFixtures.readAll(perRecord).records.map(\.0.position) == offsets.map { WARCPosition(member: $0) })
        // Plain: the byte offset of each record.
        let plainOffsets = records.reduce(into: [0]) { $0.append($0.last! + $1.count) }.dropLast()
        #expect(try WARCFixtures.readAll(plain).records.map(\.0.position) == plainOffsets.map { WARCPosition(member: $0) })
        // Whole-file gzip: one member, records at their decompressed offsets; a reader opened there reads that record.
        let wholePositions = try WARCFixtures.readAll(whole).records.map(\.0.position)
        #expect(wholePositions == plainOffsets.map { WARCPosition(member: 0, inner: $0) })
        for (path, position) in [(whole, wholePositions[2]), (perRecord, WARCPosition(member: offsets[2]))] {
            let reader = try WARCReader(path: path, at: position)
            #expect(try reader.next()?.targetURI == "http://a.example/2.html")
        }
    }

    /// A record cut short by the end of a per-record gzip member (its Content-Length claims more than the member
    /// holds): an issue naming archive and offset, and the next record is still read.
    @Test func truncatedRecordInItsMemberIsDroppedAndReadGoesOn() throws {
        let good = WARCFixtures.response("http://a.example/ok.html", body: WARCFixtures.page("好"))
        var cut = WARCFixtures.response("http://a.example/cut.html", body: WARCFixtures.page("断"))
        cut.removeLast(60)
        let dir = WARCFixtures.folder()
        let path = try WARCFixtures.write(Gzip.member(cut) + Gzip.member(good), "cut.warc.gz", in: dir)
        let (read, issues) = try WARCFixtures.readAll(path)
        #expect(read.count == 2)
        #expect(read[0].1.isTruncated)
        #expect(read[1].0.targetURI == "http://a.example/ok.html" && read[1].1.isWhole && !read[1].1.isTruncated)
        #expect(issues.count == 1)
        #expect(issues.first?.archive == path && issues.first?.position == WARCPosition(member: 0))
        #expect(issues.first?.reason.contains("cut short") == true)
    }

    /// A file whose last gzip member stops mid-way (a killed writer): the earlier records read, one issue at the
    /// torn member's offset.
    @Test func tornLastMemberIsAnIssueAtItsOffset() throws {
        let first = Gzip.member(WARCFixtures.response("http://a.example/1.html", body: WARCFixtures.page("一")))
        let second = Gzip.member(WARCFixtures.response("http://a.example/2.html", body: WARCFixtures.page("二")))
        let dir = WARCFixtures.folder()
        let path = try WARCFixtures.write(first + second.prefix(second.count / 2), "torn.warc.gz", in: dir)
        let reader = try WARCReader(path: path)
        var whole: [String] = []
        while let header = try reader.next() {
            if try reader.readBlock().isWhole { whole.append(header.targetURI ?? "") }
        }
        #expect(whole == ["http://a.example/1.html"])
        let issues = reader.takeIssues()
        #expect(!issues.isEmpty && issues.allSatisfy { $0.position.member == first.count })
    }

    /// Corrupt gzip data in the middle member and garbage between records: both become issues, and the records
    /// around them are read.
    @Test func corruptMemberAndGarbageAreSkipped() throws {
        let a = Gzip.member(WARCFixtures.response("http://a.example/a.html", body: WARCFixtures.page("甲")))
        var b = Gzip.member(WARCFixtures.response("http://a.example/b.html", body: WARCFixtures.page("乙")))
        for i in 20..<40 { b[i] ^= 0x5a }
        let c = Gzip.member(WARCFixtures.response("http://a.example/c.html", body: WARCFixtures.page("丙")))
        let dir = WARCFixtures.folder()
        let path = try WARCFixtures.write(a + b + c, "bad.warc.gz", in: dir)
        let (read, issues) = try WARCFixtures.readAll(path)
        let whole = read.filter { $0.1.isWhole }.compactMap { $0.0.targetURI }
        #expect(whole == ["http://a.example/a.html", "http://a.example/c.html"])
        #expect(issues.contains { $0.position.member == a.count })

        let plain = WARCFixtures.response("http://a.example/p.html", body: WARCFixtures.page("丁"))
        let garbage = Array("this is not a record\r\nnor this\r\n".utf8)
        let mixed = try WARCFixtures.write(plain + garbage + plain, "garbage.warc", in: dir)
        let (read2, issues2) = try WARCFixtures.readAll(mixed)
        #expect(read2.count == 2)
        #expect(issues2.count == 1 && issues2[0].position == WARCPosition(member: plain.count))
    }

    /// No Content-Length, a header line without a name, and an unknown version: each record dropped with an issue.
    @Test func badHeadersAreIssues() throws {
        let good = WARCFixtures.response("http://a.example/g.html", body: WARCFixtures.page("好"))
        let noLength = Array("WARC/1.1\r\nWARC-Type: response\r\n\r\n".utf8)
        let noName = Array("WARC/1.1\r\nthis line has no colon\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8)
        let oldVersion = WARCFixtures.record(["WARC-Type: resource"], block: Array("x".utf8), version: "WARC/0.17")
        let dir = WARCFixtures.folder()
        let path = try WARCFixtures.write([noLength, noName, oldVersion, good].map(Gzip.member).flatMap { $0 }, "h.warc.gz", in: dir)
        let (read, issues) = try WARCFixtures.readAll(path)
        #expect(read.map { $0.0.targetURI } == ["http://a.example/g.html"])
        #expect(issues.count == 3)
        #expect(issues.map(\.reason).contains { $0.contains("Content-Length") })
        #expect(issues.map(\.reason).contains { $0.contains("WARC/0.17") })
    }

    /// A block longer than the limit asked for: the first part, not whole; the next record follows.
    @Test func limitedBlockReadLeavesTheRestSkipped() throws {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
        let big = WARCFixtures.response("http://a.example/big.html", body: body)
        let small = WARCFixtures.response("http://a.example/small.html", body: WARCFixtures.page("小"))
        let dir = WARCFixtures.folder()
        let path = try WARCFixtures.write(Gzip.member(big + small), "big.warc.gz", in: dir)
        let reader = try WARCReader(path: path)
        _ = try reader.next()
        let head = try reader.readBlock(limit: 1000)
        #expect(head.bytes.count == 1000 && !head.isWhole && !head.isTruncated)
        #expect(try reader.finishRecord())
        #expect(try reader.next()?.targetURI == "http://a.example/small.html")
        #expect(reader.takeIssues().isEmpty)
    }

    /// Reads from a pipe (standard input in `stream --format warc`) the same as from a file.
    @Test func readsFromAPipe() throws {
        let bytes = [WARCFixtures.warcinfo(), WARCFixtures.response("http://a.example/1.html", body: WARCFixtures.page("一"))]
            .map(Gzip.member).flatMap { $0 }
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let writeEnd = fds[1]
        let writer = Thread {
            bytes.withUnsafeBytes { var off = 0; while off < $0.count { off += max(0, write(writeEnd, $0.baseAddress! + off, $0.count - off)) } }
            close(writeEnd)
        }
        writer.start()
        let reader = WARCReader(fileDescriptor: fds[0], name: "<stdin>")
        var uris: [String?] = []
        while let header = try reader.next() { uris.append(header.targetURI) }
        close(fds[0])
        #expect(uris == [nil, "http://a.example/1.html"])
    }
}
