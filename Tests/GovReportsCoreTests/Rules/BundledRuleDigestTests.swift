import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// A build that ships changed rule files redoes the stages that read them: the rules' digest is in their fingerprint.
@Suite struct BundledRuleDigestTests {
    /// The digest follows every byte and every name of the folder's files.
    @Test func digestFollowsBytesAndNames() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"units":["件"]}"#.utf8).write(to: dir.appendingPathComponent("units.json"))
        try Data("a\tb\n".utf8).write(to: dir.appendingPathComponent("divisions.tsv"))
        let first = BundledRuleFile.digest(of: dir)
        #expect(BundledRuleFile.digest(of: dir) == first)
        try Data(#"{"units":["条"]}"#.utf8).write(to: dir.appendingPathComponent("units.json"))
        let edited = BundledRuleFile.digest(of: dir)
        #expect(edited != first)
        try FileManager.default.moveItem(at: dir.appendingPathComponent("units.json"), to: dir.appendingPathComponent("unit.json"))
        #expect(BundledRuleFile.digest(of: dir) != edited)
        #expect(BundledRuleFile.digest(of: dir.appendingPathComponent("absent")) == "rules-missing")
    }

    /// The shipped rules are found, and clean, normalize, extract and export carry their digest; fetch reads none.
    @Test func stagesReadingRulesCarryTheDigest() {
        #expect(BundledRuleFile.digest != "rules-missing")
        let config = PipelineConfig()
        let dir = FileManager.default.temporaryDirectory
        let runner = PipelineRunner(config: config, baseDirectory: dir, output: dir.appendingPathComponent("unused"),
                                    logger: Logger(label: "test"))
        #expect(runner.configSHA(.fetch) == Digest.sha256(config.sectionJSON(for: .fetch)))
        for stage in [StageName.clean, .normalize] {
            #expect(runner.configSHA(stage) == Digest.sha256(config.sectionJSON(for: stage) + "\nrules:" + BundledRuleFile.digest),
                    "\(stage) lacks the rules digest")
        }
        for stage in [StageName.extract, .export] {
            #expect(runner.configSHA(stage).count == 64)
            #expect(runner.configSHA(stage) != runner.configSHA(.fetch))
        }
    }
}
