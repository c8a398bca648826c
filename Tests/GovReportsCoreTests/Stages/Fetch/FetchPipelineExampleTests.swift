import Foundation
import Testing
@testable import GovReportsCore

/// The documented example configuration stays valid under strict decoding.
@Suite struct FetchPipelineExampleTests {
    /// `pipeline.example.json` parses, with a URL, a URL list and a listing source.
    @Test func exampleConfigParses() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("pipeline.example.json").path
        let config = try PipelineConfig.parse(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        #expect(config.sources.contains { $0.urlList != nil })
        #expect(config.sources.contains { $0.url != nil })
        let listing = try #require(config.sources.compactMap(\.listing).first)
        #expect(listing.pagePattern?.contains("{n}") == true)
        #expect(try NSRegularExpression(pattern: listing.linkPattern ?? "").numberOfCaptureGroups == 0)
        #expect(config.fetch.respectRobots)
    }
}
