import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// `status` over a folder whose datasets were made from one shard (`run --shard I/N`, then perhaps `run export`)
/// or by `export --from-stream` judges them against what they were made from, with the same `Freshness` as `run`:
/// a fresh export is up to date, a changed input or config is stale.
@Suite(.serialized) struct ExportOriginStatusTests {
    /// A corpus of eight reports, so a shard of three holds some but not all of them.
    static func corpus() throws -> TestCorpus {
        let corpus = try TestCorpus()
        for i in 0..<5 { try corpus.write("extra\(i).txt", Array("某县第\(i)局2022年度法治政府建设工作报告\n办理案件\(10 + i)件。\n".utf8)) }
        return corpus
    }

    /// The status by stage of `runner`'s folder.
    static func status(_ runner: PipelineRunner, shard: Shard? = nil) throws -> [StageName: StageStatus] {
        Dictionary(uniqueKeysWithValues: try StatusReporter(runner: runner).status(shard: shard).map { ($0.stage, $0) })
    }

    /// A sharded run's folder: every stage of the shard's documents and the export are up to date, and the next
    /// sharded run has nothing to do; an edited document of the shard makes export stale.
    @Test func shardedRunIsUpToDate() throws {
        let corpus = try Self.corpus()
        defer { corpus.remove() }
        let shard = try Shard(index: 1, count: 3)
        let mine = try corpus.runner().documents(inputs: []).filter { shard.contains(docID: $0.docID) }
        #expect(mine.count > 0 && mine.count < 8, "the shard must hold some documents, not all")
        _ = try corpus.runner().run(RunOptions(shard: shard))
        var status = try Self.status(corpus.runner())
        for stage in StageName.perDocument {
            #expect(status[stage]!.upToDate == mine.count && status[stage]!.stale.isEmpty, "\(stage): \(status[stage]!)")
        }
        #expect(status[.export]!.upToDate == 1, "export: \(status[.export]!.stale)")
        #expect(status[.export]!.origin == "run --shard 1/3")
        #expect(try corpus.runner().run(RunOptions(shard: shard)).nothingToDo)

        // `run export` alone over the shard's folder keeps it a shard's folder.
        _ = try corpus.runner().run(RunOptions(selection: .only(.export)))
        status = try Self.status(corpus.runner())
        #expect(status[.export]!.upToDate == 1 && status[.export]!.origin == "run --shard 1/3")

        // Another shard asked for explicitly: its documents never ran here, and the export is not its export.
        let other = try Self.status(corpus.runner(), shard: try Shard(index: 0, count: 3))
        #expect(other[.fetch]!.upToDate == 0)
        #expect(other[.export]!.upToDate == 0)

        let name = URL(fileURLWithPath: mine[0].path!).lastPathComponent
        try corpus.write(name, Array("某县某局2022年度法治政府建设工作报告\n办理案件99件。\n".utf8))
        status = try Self.status(corpus.runner())
        #expect(status[.fetch]!.stale[StaleReason.inputChanged.rawValue] == 1)
        #expect(status[.export]!.stale[StaleReason.upstreamStale.rawValue] == 1)
        #expect(try corpus.runner().run(RunOptions(shard: shard)).counts(.export).done == 1)
        #expect(try Self.status(corpus.runner())[.export]!.upToDate == 1)
    }

    /// A whole run over a sharded folder is not the shard's export: made another way, and redone.
    @Test func wholeRunAfterShardRedoesExport() throws {
        let corpus = try Self.corpus()
        defer { corpus.remove() }
        _ = try corpus.runner().run(RunOptions(shard: try Shard(index: 0, count: 2)))
        #expect(try Self.status(corpus.runner())[.export]!.upToDate == 1)
        let report = try corpus.runner().run(RunOptions())
        #expect(report.counts(.export).done == 1)
        #expect(try Self.status(corpus.runner())[.export]!.origin == "run")
    }

    /// An `export --from-stream` folder: up to date against its parts; a changed part, a missing part or a changed
    /// export config is stale; a local `run` into the folder redoes export (made another way).
    @Test func fromStreamExportIsUpToDate() throws {
        let corpus = try Self.corpus()
        defer { corpus.remove() }
        let config = corpus.runner().config
        let input = try StreamFixture.input(config: config, base: corpus.root)
        let streamer = DocumentStreamer(chain: try StageChain(config: config, baseDirectory: corpus.root))
        let lines = try StreamFixture.stream(input, streamer: streamer).lines
        let parts = (0..<2).map { corpus.root.appendingPathComponent("part-\($0)").path }
        for (p, path) in parts.enumerated() {
            let chunk = lines.enumerated().filter { $0.offset % 2 == p }.map { $0.element + "\n" }.joined()
            try Data(chunk.utf8).write(to: URL(fileURLWithPath: path))
        }
        try StreamExporter(config: config, baseDirectory: corpus.root, output: corpus.output, logger: Logger(label: "test"))
            .export(parts: parts)
        var status = try Self.status(corpus.runner())
        #expect(status[.export]!.upToDate == 1, "export: \(status[.export]!.stale)")
        #expect(status[.export]!.origin == "export --from-stream (2 parts)")
        for stage in StageName.perDocument { #expect(status[stage]!.upToDate == 0 && status[stage]!.stale.isEmpty) }

        // A changed export config.
        let other = try Self.status(corpus.runner { $0.export.csv.bom.toggle() })
        #expect(other[.export]!.stale[StaleReason.configChanged.rawValue] == 1)

        // A part that lost a document.
        let kept = try String(contentsOfFile: parts[1], encoding: .utf8).split(separator: "\n").dropFirst()
        try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: parts[1]))
        status = try Self.status(corpus.runner())
        #expect(status[.export]!.stale[StaleReason.inputChanged.rawValue] == 1)

        // A part gone: the input cannot be identified.
        try FileManager.default.removeItem(atPath: parts[0])
        status = try Self.status(corpus.runner())
        #expect(status[.export]!.stale[StaleReason.inputChanged.rawValue] == 1)

        // A local run into the folder makes its own export.
        let report = try corpus.runner().run(RunOptions())
        #expect(report.counts(.export).done == 1)
        status = try Self.status(corpus.runner())
        #expect(status[.export]!.upToDate == 1 && status[.export]!.origin == "run")
    }

    /// The origin decision itself: a row made another way is stale, whatever its hashes; old rows (`*`) are a whole run.
    @Test func originDecision() throws {
        let row = StageState(docID: "*", stage: .export, source: "*", inputSHA: "i", configSHA: "c",
                             version: "\(ProgramVersion.schema)", outputSHA: "i", outcome: .ok, error: nil, updatedAt: "")
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: row, artifactExists: true, origin: .run(shard: nil)) == nil)
        let shard = try Shard(index: 2, count: 5)
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: row, artifactExists: true,
                                    origin: .run(shard: shard)) == .originChanged)
        var sharded = row
        sharded.source = ExportOrigin.run(shard: shard).stored
        #expect(ExportOrigin(stored: sharded.source) == .run(shard: shard))
        #expect(Freshness.staleness(inputSHA: "i", configSHA: "c", previous: sharded, artifactExists: true,
                                    origin: .run(shard: shard)) == nil)
        let stream = ExportOrigin.stream(parts: ["/data/out/part-00000", "/data/out/part-00001"])
        #expect(ExportOrigin(stored: stream.stored) == stream)
        #expect(ExportOrigin(stored: "shard:9/2") == .run(shard: nil), "a malformed stored form reads as a whole run")
        #expect(ExportOrigin.ofRun(shard: nil, selection: .only(.export), previous: sharded) == .run(shard: shard))
        #expect(ExportOrigin.ofRun(shard: nil, selection: .all, previous: sharded) == .run(shard: nil))
    }
}
