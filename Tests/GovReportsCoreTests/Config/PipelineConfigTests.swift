import Foundation
import Testing
@testable import GovReportsCore

/// `pipeline.json` rules: partial files are valid, unknown keys and wrong types name their key path.
@Suite struct PipelineConfigTests {
    /// Parses a JSON literal as if it came from `pipeline.json`.
    func parse(_ json: String) throws(ConfigError) -> PipelineConfig {
        try PipelineConfig.parse(Data(json.utf8), path: "pipeline.json")
    }

    /// A partial file takes defaults for everything it omits.
    @Test func partialFileFillsDefaults() throws {
        let c = try parse(#"{"fetch": {"retries": 7}}"#)
        #expect(c.fetch.retries == 7)
        #expect(c.fetch.perHostDelay == 1.0)
        #expect(c.sources == [SourceSpec(path: "samples")])
        #expect(c.export.csv.bom)
    }

    /// An unknown nested key is an error naming its full path.
    @Test func unknownNestedKeyNamesPath() {
        #expect(throws: ConfigError.self) { try parse(#"{"fetch": {"retriez": 3}}"#) }
        do { _ = try parse(#"{"export": {"csv": {"boom": true}}}"#) } catch {
            guard case .unknownKey(_, let keyPath, let allowed) = error else { Issue.record("wrong error \(error)"); return }
            #expect(keyPath == "export.csv.boom")
            #expect(allowed.contains("bom"))
        }
    }

    /// An unknown key inside an array element names the index.
    @Test func unknownKeyInSourceNamesIndex() {
        do { _ = try parse(#"{"sources": ["a", {"pathh": "b"}]}"#); Issue.record("accepted") } catch {
            #expect(error.description.contains("sources[1].pathh"))
        }
    }

    /// A wrong type names the key path and the expected type.
    @Test func wrongTypeNamesPath() {
        do { _ = try parse(#"{"fetch": {"timeout": "fast"}}"#); Issue.record("accepted") } catch {
            guard case .invalidValue(_, let keyPath, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(keyPath == "fetch.timeout")
        }
    }

    /// Out-of-range values are rejected with their key path.
    @Test func rangeChecks() {
        do { _ = try parse(#"{"fetch": {"concurrency": 0}}"#); Issue.record("accepted") } catch {
            #expect(error.description.contains("fetch.concurrency"))
        }
        do { _ = try parse(#"{"clean": {"chromeLinePatterns": ["(unclosed"]}}"#); Issue.record("accepted") } catch {
            #expect(error.description.contains("clean.chromeLinePatterns[0]"))
        }
    }

    /// Malformed JSON and future versions are refused.
    @Test func malformedAndFutureVersion() {
        #expect(throws: ConfigError.self) { try parse("{") }
        do { _ = try parse(#"{"version": 99}"#); Issue.record("accepted") } catch {
            #expect(error == .unsupportedVersion(path: "pipeline.json", version: 99))
        }
    }

    /// Sources accept bare strings (path or URL) and objects, but an object needs exactly one kind.
    @Test func sourceForms() throws {
        let c = try parse(#"{"sources": ["samples/*.html", "https://example.gov.cn/a.html", {"urlList": "urls.txt"}]}"#)
        #expect(c.sources[0].path == "samples/*.html")
        #expect(c.sources[1].url == "https://example.gov.cn/a.html")
        #expect(c.sources[2].urlList == "urls.txt")
        #expect(throws: ConfigError.self) { try parse(#"{"sources": [{"path": "a", "url": "https://x"}]}"#) }
    }

    /// The section hash changes only when that section changes (so only that stage goes stale).
    @Test func sectionJSONIsPerStage() throws {
        let a = try parse(#"{}"#)
        let b = try parse(#"{"extract": {"stoplist": ["三个代表"]}}"#)
        #expect(a.sectionJSON(for: .clean) == b.sectionJSON(for: .clean))
        #expect(a.sectionJSON(for: .extract) != b.sectionJSON(for: .extract))
    }
}
