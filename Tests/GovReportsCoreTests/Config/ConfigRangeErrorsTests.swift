import Foundation
import Testing
@testable import GovReportsCore

/// `config validate` reports every range error of a file in one go, each with its key path; a run (`parse`) still
/// stops at the first.
@Suite struct ConfigRangeErrorsTests {
    /// Three values out of range in three sections, and a bad listing pattern besides.
    static let json = #"{"version": 1, "sources": [{"listing": {"url": "https://x.gov.cn/", "linkPattern": "(["}}], "#
        + #""fetch": {"retries": -1}, "clean": {"template": {"minShare": 2}}, "extract": {"maxRowsPerDocument": 0}}"#

    /// All three range errors, in file section order, then the listing's pattern; no key named twice.
    @Test func everyRangeErrorIsReported() throws {
        let folder = try ConfigValidatorTests.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = ConfigValidator(path: "pipeline.json", baseDirectory: folder).problems(in: Data(Self.json.utf8))
        let keys = problems.compactMap(\.keyPath)
        #expect(Array(keys.prefix(3)) == ["fetch.retries", "clean.template.minShare", "extract.maxRowsPerDocument"], "\(problems)")
        #expect(keys.contains("sources[0].listing.linkPattern"), "\(problems)")
        #expect(keys.count == Set(keys).count, "a key named twice: \(keys)")
        #expect(problems[1].description.contains("must be > 0 and ≤ 1"))
        ConfigValidatorTests.expectWords(problems.map(\.description))
        // A run is stopped by the first one, as before.
        #expect(throws: ConfigError.invalidValue(path: "pipeline.json", keyPath: "fetch.retries", reason: "must be ≥ 0")) {
            try PipelineConfig.parse(Data(Self.json.utf8), path: "pipeline.json")
        }
    }

    /// The range list itself: a default config has none; each broken value gives exactly its own key.
    @Test func rangeErrorsOfDecodedConfigs() {
        #expect(PipelineConfig().rangeErrors(path: "p").isEmpty)
        var config = PipelineConfig()
        config.fetch.timeout = 0
        config.clean.chromeLinePatterns = ["ok", "(["]
        config.output = ""
        #expect(config.rangeErrors(path: "p").compactMap { error -> String? in
            if case .invalidValue(_, let key, _) = error { return key }
            return nil
        } == ["fetch.timeout", "output", "clean.chromeLinePatterns[1]"])
    }
}
