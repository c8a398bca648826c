import Foundation
import Testing
@testable import GovReportsCore

/// `--shard I/N`: disjoint slices by doc_id that together cover the corpus exactly once, for `run` and `stream`.
@Suite struct ShardTests {
    /// `I/N` parses with I in 0 ..< N; anything else is refused with a reason.
    @Test func parsing() throws {
        #expect(try Shard(parsing: "0/4") == Shard(index: 0, count: 4))
        #expect(try Shard(parsing: "3/4").description == "3/4")
        #expect(throws: ShardError.outOfRange(index: 4, count: 4)) { try Shard(parsing: "4/4") }
        #expect(throws: ShardError.outOfRange(index: 0, count: 0)) { try Shard(parsing: "0/0") }
        #expect(throws: ShardError.outOfRange(index: -1, count: 2)) { try Shard(parsing: "-1/2") }
        #expect(throws: ShardError.malformed("1of4")) { try Shard(parsing: "1of4") }
        #expect(throws: ShardError.malformed("1/4/2")) { try Shard(parsing: "1/4/2") }
    }

    /// Every doc_id falls in exactly one shard for every N, and the shards come out roughly even.
    @Test func everyDocumentInExactlyOneShard() throws {
        let ids = (0..<2000).map { DocumentID.make(source: "corpus/report-\($0).html") } + ["not-hex", ""]
        for n in 1...7 {
            let shards = try (0..<n).map { try Shard(index: $0, count: n) }
            var sizes = [Int](repeating: 0, count: n)
            for id in ids {
                let owners = shards.filter { $0.contains(docID: id) }
                #expect(owners.count == 1, "\(id) in \(owners.count) of \(n) shards")
                if let owner = owners.first { sizes[owner.index] += 1 }
            }
            #expect(sizes.allSatisfy { $0 > ids.count / n / 2 }, "uneven: \(sizes)")
        }
    }

    /// N sharded runs into N output folders export each document once; their union is the unsharded run's.
    @Test func shardedRunsCoverTheCorpusOnce() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        for i in 0..<5 { try corpus.write("extra\(i).txt", Array("某县第\(i)局2022年度法治政府建设工作报告\n办理案件\(10 + i)件。\n".utf8)) }
        let all = try corpus.runner().documents(inputs: []).map(\.docID)
        var seen: [String] = []
        for i in 0..<3 {
            let out = corpus.root.appendingPathComponent("shard\(i)")
            let runner = PipelineRunner(config: corpus.runner().config, baseDirectory: corpus.root, output: out, logger: .init(label: "test"))
            let report = try runner.run(RunOptions(shard: try Shard(index: i, count: 3)))
            let rows = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
                .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            #expect(rows.count == report.documents)
            let ids = rows.map { $0["doc_id"] as! String }
            #expect(ids == ids.sorted(), "export writes documents in doc_id order")
            #expect(ids.allSatisfy { try! Shard(index: i, count: 3).contains(docID: $0) })
            seen += ids
        }
        #expect(seen.sorted() == all.sorted())
    }

    /// N sharded streams over one input give each document's line exactly once; a line without a doc_id comes out
    /// of shard 0 only.
    @Test func shardedStreamsCoverTheInputOnce() throws {
        let input = try (0..<12).map { i in
            try StreamFixture.inputLine(source: "docs/r\(i).txt", bytes: Array("某县司法局2022年度法治政府建设工作报告\n办理行政许可\(100 + i)件。\n".utf8))
        }.joined(separator: "\n") + "\n{broken\n"
        let whole = try StreamFixture.stream(input, streamer: try StreamFixture.streamer()).lines
        var union: [String] = []
        for i in 0..<4 {
            let (lines, tally) = try StreamFixture.stream(input, streamer: try StreamFixture.streamer(shard: try Shard(index: i, count: 4)))
            #expect(tally.otherShards + lines.count == whole.count)
            union += lines
        }
        #expect(union.sorted() == whole.sorted())
    }
}
