import Foundation

/// Reads WARC records (ISO 28500, WARC/1.0 and 1.1) one after another from a file or a stream: plain, gzip per
/// record or gzip over the whole file. Streaming: a record's block is read or skipped in chunks, never the archive
/// in memory. A bad record (no valid header, no Content-Length, cut short, corrupt gzip) becomes a `WARCIssue`
/// naming the archive and offset, and the read goes on at the next record it can find.
///
/// Use: `while let header = try reader.next() { … reader.readBlock(limit:) … }`; a block not read is skipped.
public final class WARCReader {
    /// Largest record header accepted (real ones are under 2 KiB); a longer one is taken for garbage.
    public static let maxHeaderBytes = 1 << 20
    /// The version lines read.
    public static let versions: Set<String> = ["WARC/1.0", "WARC/1.1"]

    /// The archive as the user names it.
    public let name: String
    /// The decompressed bytes.
    let stream: WARCByteStream
    /// The descriptor, closed on deinit when this reader opened it.
    private let fd: Int32
    /// Whether `fd` is this reader's to close.
    private let ownsDescriptor: Bool
    /// The record whose block is being read.
    private var current: WARCRecordHeader?
    /// Block bytes of `current` not yet read.
    private var remaining = 0
    /// `current` starts a gzip member, so its block must end inside that member.
    private var aligned = false
    /// `current` was found cut short.
    private var currentTruncated = false
    /// Issues of this reader (the stream's are merged in by `takeIssues`).
    private var ownIssues: [WARCIssue] = []

    /// Opens an archive file, at `position` (a record's start as listed before) or at its beginning.
    public init(path: String, name: String? = nil, at position: WARCPosition? = nil) throws(WARCError) {
        let shown = name ?? path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(archive: shown, code: errno) }
        let start = position?.member ?? 0
        if start > 0, lseek(fd, off_t(start), SEEK_SET) < 0 {
            let code = errno
            close(fd)
            throw .unreadable(archive: shown, code: code)
        }
        self.name = shown
        self.fd = fd
        self.ownsDescriptor = true
        self.stream = WARCByteStream(fd: fd, name: shown, offset: start)
        if let inner = position?.inner, inner > 0 { try skipDecompressed(inner) }
    }

    /// Reads from an open descriptor (standard input, a pipe), which stays open.
    public init(fileDescriptor: Int32, name: String) {
        self.name = name
        self.fd = fileDescriptor
        self.ownsDescriptor = false
        self.stream = WARCByteStream(fd: fileDescriptor, name: name)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// The problems met since the last call, in the order found.
    public func takeIssues() -> [WARCIssue] {
        let all = (ownIssues + stream.issues).sorted { $0.position < $1.position }
        ownIssues = []
        stream.issues = []
        return all
    }

    /// The next record's header, or nil at the end of the archive. The previous record's unread block is skipped.
    public func next() throws(WARCError) -> WARCRecordHeader? {
        if current != nil { _ = try finishRecord() }
        var strayFrom: WARCPosition?
        // After a dropped header the rest of that record is stray bytes already reported with it.
        var dropped = false
        defer {
            if let strayFrom {
                ownIssues.append(WARCIssue(archive: name, position: strayFrom,
                                           reason: "bytes that are no WARC record skipped up to the next record"))
            }
        }
        while true {
            guard try fillCrossing() else { return nil }
            let byte = stream.out[stream.outPos]
            if byte == 0x0d || byte == 0x0a {
                // Blank lines between records (some writers add more than the two the standard asks for).
                stream.outPos += 1
                continue
            }
            let start = stream.position
            aligned = stream.isGzip && start.inner == 0
            guard case .line(let first) = try readLine(crossing: !aligned) else {
                if strayFrom == nil && !dropped { strayFrom = start }
                continue
            }
            let version = String(decoding: first.utf8Trimmed, as: UTF8.self)
            guard version.hasPrefix("WARC/") else {
                if strayFrom == nil && !dropped { strayFrom = start }
                continue
            }
            if let strayStart = strayFrom {
                ownIssues.append(WARCIssue(archive: name, position: strayStart,
                                           reason: "bytes that are no WARC record skipped up to \(start)"))
                strayFrom = nil
            }
            guard let header = try readHeader(version: version, start: start) else {
                dropped = true
                continue
            }
            current = header
            remaining = header.contentLength
            currentTruncated = false
            if !Self.versions.contains(version) {
                ownIssues.append(WARCIssue(archive: name, position: start,
                                           reason: "unsupported version \(version); record skipped"))
                _ = try finishRecord()
                continue
            }
            return header
        }
    }

    /// Reads the current record's block, at most `limit` bytes of it (the rest stays to be skipped).
    public func readBlock(limit: Int = Int.max) throws(WARCError) -> WARCBlock {
        guard current != nil else { return WARCBlock(bytes: [], isWhole: true, isTruncated: false) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, remaining, 1 << 24))
        while remaining > 0 && bytes.count < limit {
            guard try fillInRecord() else {
                noteTruncated()
                return WARCBlock(bytes: bytes, isWhole: false, isTruncated: true)
            }
            let n = min(remaining, limit - bytes.count, stream.outEnd - stream.outPos)
            bytes.append(contentsOf: stream.out[stream.outPos..<(stream.outPos + n)])
            stream.outPos += n
            remaining -= n
        }
        return WARCBlock(bytes: bytes, isWhole: remaining == 0, isTruncated: currentTruncated)
    }

    /// Skips the rest of the current record and its end; true when the record was whole.
    @discardableResult
    public func finishRecord() throws(WARCError) -> Bool {
        guard current != nil else { return true }
        defer { current = nil }
        while remaining > 0 {
            guard try fillInRecord() else {
                noteTruncated()
                break
            }
            let n = min(remaining, stream.outEnd - stream.outPos)
            stream.outPos += n
            remaining -= n
        }
        if currentTruncated {
            if stream.atMemberEnd { stream.crossMember() }
            return false
        }
        // The record ends with CRLF CRLF; a writer that left it out loses nothing, the next record is searched for.
        var ends = 0
        while ends < 4, try fillInRecord() {
            let byte = stream.out[stream.outPos]
            guard byte == 0x0d || byte == 0x0a else { break }
            stream.outPos += 1
            ends += 1
        }
        if stream.atMemberEnd { stream.crossMember() }
        return true
    }

    /// Records that the current record ended early.
    private func noteTruncated() {
        guard let header = current, !currentTruncated else { return }
        currentTruncated = true
        let got = header.contentLength - remaining
        let id = header.recordID.map { " \($0)" } ?? ""
        ownIssues.append(WARCIssue(archive: name, position: header.position,
                                   reason: "record\(id) cut short: \(got) of \(header.contentLength) block bytes; record dropped"))
        remaining = 0
    }

    /// Reads header lines after the version line; nil (and an issue) when the header is unusable.
    private func readHeader(version: String, start: WARCPosition) throws(WARCError) -> WARCRecordHeader? {
        var fields: [WARCField] = []
        var total = 0
        while true {
            switch try readLine(crossing: !aligned) {
            case .end:
                ownIssues.append(WARCIssue(archive: name, position: start, reason: "record cut short in its header; record dropped"))
                if stream.atMemberEnd { stream.crossMember() }
                return nil
            case .tooLong:
                ownIssues.append(WARCIssue(archive: name, position: start,
                                           reason: "header line over \(Self.maxHeaderBytes) bytes; record dropped"))
                return nil
            case .line(let raw):
                let line = raw.utf8Trimmed
                if line.isEmpty {
                    let header = WARCRecordHeader(version: version, fields: fields, position: start)
                    guard let length = header["Content-Length"], let value = Int(length), value >= 0,
                          length.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                        ownIssues.append(WARCIssue(archive: name, position: start,
                                                   reason: "no valid Content-Length (\(header["Content-Length"] ?? "none")); record dropped"))
                        return nil
                    }
                    return header
                }
                total += raw.count
                if total > Self.maxHeaderBytes {
                    ownIssues.append(WARCIssue(archive: name, position: start,
                                               reason: "header over \(Self.maxHeaderBytes) bytes; record dropped"))
                    return nil
                }
                if raw.first == 0x20 || raw.first == 0x09, !fields.isEmpty {
                    // A folded line continues the previous field's value.
                    fields[fields.count - 1].value += " " + String(decoding: line, as: UTF8.self)
                    continue
                }
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else {
                    ownIssues.append(WARCIssue(archive: name, position: start,
                                               reason: "header line without a field name; record dropped"))
                    return nil
                }
                let fieldName = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                fields.append(WARCField(fieldName, value))
            }
        }
    }

    /// A line read from the stream.
    private enum Line {
        /// The bytes up to (without) the LF.
        case line(ArraySlice<UInt8>)
        /// The archive (or, not crossing, the member) ended first.
        case end
        /// Longer than `maxHeaderBytes`; its bytes were skipped.
        case tooLong
    }

    /// Reads up to and past the next LF; `crossing` lets it run on into the next gzip member.
    private func readLine(crossing: Bool) throws(WARCError) -> Line {
        var line: [UInt8] = []
        var tooLong = false
        while true {
            let more = crossing ? try fillCrossing() : try fillInRecord()
            guard more else { return line.isEmpty && !tooLong ? .end : (tooLong ? .tooLong : .end) }
            let start = stream.outPos
            let end = stream.outEnd
            let found = stream.out.withUnsafeBufferPointer { buf -> Int? in
                guard let p = memchr(buf.baseAddress! + start, 0x0a, end - start) else { return nil }
                return buf.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }
            let stop = found ?? end
            if !tooLong {
                line.append(contentsOf: stream.out[start..<stop])
                if line.count > Self.maxHeaderBytes { tooLong = true; line = [] }
            }
            if let found {
                stream.outPos = found + 1
                return tooLong ? .tooLong : .line(line[...])
            }
            stream.outPos = end
        }
    }

    /// More bytes, running on past member ends; false at the end of the archive.
    private func fillCrossing() throws(WARCError) -> Bool {
        while true {
            if try stream.fill() { return true }
            guard stream.atMemberEnd else { return false }
            stream.crossMember()
        }
    }

    /// More bytes of the current record: a record that starts a gzip member ends in it, and corrupt gzip data ends
    /// any record; false there or at the end of the archive.
    private func fillInRecord() throws(WARCError) -> Bool {
        while true {
            if try stream.fill() { return true }
            guard stream.atMemberEnd, !aligned, !stream.damaged else { return false }
            stream.crossMember()
        }
    }

    /// Skips `count` decompressed bytes (to a record inside a whole-file gzip).
    private func skipDecompressed(_ count: Int) throws(WARCError) {
        var left = count
        while left > 0, try fillCrossing() {
            let n = min(left, stream.outEnd - stream.outPos)
            stream.outPos += n
            left -= n
        }
    }
}

extension Collection where Element == UInt8, Index == Int {
    /// The bytes without trailing CR, LF, space or tab.
    fileprivate var utf8Trimmed: SubSequence {
        var end = endIndex
        while end > startIndex, [0x0d, 0x0a, 0x20, 0x09].contains(self[end - 1]) { end -= 1 }
        return self[startIndex..<end]
    }
}
