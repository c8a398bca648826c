import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// Editing the codebook file re-runs extract and export even though `pipeline.json` is unchanged.
@Suite struct CodebookFingerprintTests {
    /// The extract and export config hashes follow the codebook file's bytes; the other stages' do not.
    @Test func codebookContentsAreInTheFingerprint() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-cb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("my-codebook.json")
        let one = #"{"indicators":[{"id":"a","label_zh":"甲","units":["件"],"triggers":["甲"]}]}"#
        try Data(one.utf8).write(to: file)
        var config = PipelineConfig()
        config.extract.codebook = "my-codebook.json"
        let runner = PipelineRunner(config: config, baseDirectory: dir, output: dir.appendingPathComponent("out"),
                                    logger: Logger(label: "test"))
        let before = (runner.configSHA(.extract), runner.configSHA(.export), runner.configSHA(.clean))
        try Data(one.replacingOccurrences(of: "甲\"]}", with: "甲|乙\"]}").utf8).write(to: file)
        let after = (runner.configSHA(.extract), runner.configSHA(.export), runner.configSHA(.clean))
        #expect(before.0 != after.0)
        #expect(before.1 != after.1)
        #expect(before.2 == after.2)
    }
}
