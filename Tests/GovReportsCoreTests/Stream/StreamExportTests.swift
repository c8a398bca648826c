import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// `export --from-stream` writes the very datasets `run` writes over the same documents.
@Suite(.serialized) struct StreamExportTests {
    /// Streams the documents of `config` at `base` in `parts` parts (input order reversed, so the merge cannot lean
    /// on it), exports them into `base/fromstream`, and returns both folders' dataset files.
    /// With `templates`, the stream removes the site templates the run learned (`stream --templates`).
    static func identity(config: PipelineConfig, base: URL, parts: Int,
                         templates: Bool = false) throws -> (run: [String: Data], stream: [String: Data]) {
        let output = base.appendingPathComponent("run-out")
        let runner = PipelineRunner(config: config, baseDirectory: base, output: output, logger: Logger(label: "test"))
        let report = try runner.run(RunOptions())
        let input = try StreamFixture.input(config: config, base: base)
        let learned = templates
            ? try StreamTemplates.load(folder: output.appendingPathComponent("stages/template"), grouping: config.clean.template.group)
            : nil
        let streamer = DocumentStreamer(chain: try StageChain(config: config, baseDirectory: base), templates: learned)
        let (lines, _) = try StreamFixture.stream(input, streamer: streamer)
        #expect(lines.count == report.documents)
        let scratch = base.appendingPathComponent("parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var paths: [String] = []
        for p in 0..<parts {
            let chunk = lines.reversed().enumerated().filter { $0.offset % parts == p }.map { $0.element + "\n" }.joined()
            let path = scratch.appendingPathComponent("part-\(p)").path
            try Data(chunk.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let fromStream = base.appendingPathComponent("fromstream-\(templates)")
        let merged = try StreamExporter(config: config, baseDirectory: base, output: fromStream, logger: Logger(label: "test"))
            .export(parts: paths)
        #expect(merged.documents.count == report.documents - report.failures.count)
        return (try StreamFixture.datasetFiles(output), try StreamFixture.datasetFiles(fromStream))
    }

    /// Expects two sets of dataset files to be equal, naming the first file that differs.
    static func expectSame(_ a: [String: Data], _ b: [String: Data]) {
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a.sorted(by: { $0.key < $1.key }) { #expect(b[name] == data, "\(name) differs") }
        #expect(a["documents.csv"] != nil && a["dataset.sqlite"] != nil && a["datapackage.json"] != nil)
    }

    /// A small corpus with a failed document and a GBK page: the failed one is in neither; everything else equal.
    @Test func identityWithFailureAndGBK() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        try corpus.write("empty.txt", Array("  \n".utf8))
        let gbk = CleanCharsetTests.toGB18030(Array("某县统计局2023年统计公报\n全年地区生产总值88.5亿元。\n".utf8))
        try corpus.write("gbk.txt", [UInt8](gbk))
        let (run, stream) = try Self.identity(config: corpus.runner().config, base: corpus.root, parts: 2)
        Self.expectSame(run, stream)
        #expect(String(decoding: run["documents.csv"]!, as: UTF8.self).contains("gb18030"))
    }

    /// A site whose recurring lines survive clean: `run` learns them as its template; a plain stream keeps them,
    /// a stream given the run's templates (`--templates`) writes the run's datasets.
    @Test func identityWithLearnedTemplates() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        for i in 1...6 {
            try corpus.write("site\(i).txt", Array("""
                青山县政务服务网
                政务要闻
                青山县第\(i)局2022年度法治政府建设工作报告
                2022年,我局办理行政许可\(10 + i)件,开展普法活动\(i)场。
                一、主要举措和成效
                全年培训执法人员\(i)00人次。
                本网主办青山县数据局
                技术支持青山网络

                """.utf8))
        }
        let config = corpus.runner().config
        let (run, plain) = try Self.identity(config: config, base: corpus.root, parts: 2)
        let templates = try FileManager.default.contentsOfDirectory(atPath: corpus.root.appendingPathComponent("run-out/stages/template").path)
        #expect(templates.count == 1)
        #expect(plain["texts.jsonl"] != run["texts.jsonl"], "the template removed nothing: the test proves nothing")
        let (again, templated) = try Self.identity(config: config, base: corpus.root, parts: 2, templates: true)
        Self.expectSame(again, templated)
        #expect(!String(decoding: templated["texts.jsonl"]!, as: UTF8.self).contains("技术支持青山网络"))
    }

    /// The bundled samples.
    @Test func identityOnSamples() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let base = try Self.copy(root.appendingPathComponent("samples"))
        defer { try? FileManager.default.removeItem(at: base) }
        var config = PipelineConfig()
        config.sources = [SourceSpec(path: "corpus")]
        let (run, stream) = try Self.identity(config: config, base: base, parts: 3)
        Self.expectSame(run, stream)
        #expect(run.keys.filter { $0.hasPrefix("texts/") }.count >= 13)
    }

    /// The real pages of `../shared/realpages`, when present.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedFixture.sharedURL.appendingPathComponent("realpages").path)))
    func identityOnRealPages() throws {
        let base = try Self.copy(SeedFixture.sharedURL.appendingPathComponent("realpages"))
        defer { try? FileManager.default.removeItem(at: base) }
        var config = PipelineConfig()
        config.sources = [SourceSpec(path: "corpus")]
        let (run, stream) = try Self.identity(config: config, base: base, parts: 4)
        Self.expectSame(run, stream)
        #expect(run.keys.filter { $0.hasPrefix("texts/") }.count >= 9)
    }

    /// Copies a corpus folder to `<tmp>/…/corpus` (the config beside it names `corpus`, as a user's would).
    static func copy(_ folder: URL) throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder, to: base.appendingPathComponent("corpus"))
        return base
    }

    /// A part that is not stream output is refused with its file and line; a folder stands for its part-* files.
    @Test func partsAreCheckedAndFoldersExpand() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("{\"doc_id\":\"x\",\"status\":\"ok\"}\n".utf8).write(to: base.appendingPathComponent("part-00001"))
        try Data().write(to: base.appendingPathComponent("part-00000"))
        try Data().write(to: base.appendingPathComponent("_SUCCESS"))
        let expanded = try StreamParts.expand([base.path])
        #expect(expanded.map { ($0 as NSString).lastPathComponent } == ["part-00000", "part-00001"])
        #expect(throws: StreamError.partLineInvalid(path: expanded[1], line: 1, reason: "no record and not failed")) {
            _ = try StreamParts(paths: expanded)
        }
    }
}
