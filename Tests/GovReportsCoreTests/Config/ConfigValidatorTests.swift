import Foundation
import Testing
@testable import GovReportsCore

/// `config validate` (issue 20): every problem it can find without running, each one line naming its key path.
@Suite struct ConfigValidatorTests {
    /// The repository root (for the bundled pipeline.json and samples/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh project folder holding `files` (name → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// The problem lines for `json` in `folder`.
    static func lines(_ json: String, in folder: URL) -> [String] {
        ConfigValidator(path: "pipeline.json", baseDirectory: folder).problems(in: Data(json.utf8)).map(\.description)
    }

    /// No line may carry a Foundation or decoder dump, and each is one line.
    static func expectWords(_ lines: [String]) {
        for line in lines {
            #expect(!line.contains("\n"), "\(line)")
            for dump in ["Code=", "NSCocoaErrorDomain", "Error Domain", "CodingKeys(", "NSDebugDescription"] {
                #expect(!line.contains(dump), "\(line)")
            }
        }
    }

    /// The bundled pipeline.json (samples/, bundled codebook and rules) has no problem.
    @Test func bundledPipelinePasses() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("pipeline.json"))
        let problems = ConfigValidator(path: "pipeline.json", baseDirectory: Self.root).problems(in: data)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Sources, listings, fetch, clean and extract problems are all reported in one pass, each naming its key path;
    /// the pattern `parse` already refused is named once.
    @Test func reportsEveryProblemWithItsKeyPath() throws {
        let list = "https://www.example.gov.cn/a.html\nftp://www.example.gov.cn/b.html\n# a comment\n\nhttp:///nohost.html\n"
        let folder = try Self.folder(["urls.txt": list])
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = #"""
        {"version": 1,
         "sources": ["nowhere/*.html", {"url": "https://"}, {"urlList": "urls.txt"},
                     {"listing": {"url": "index.html", "pagePattern": "https://x.gov.cn/index.html", "maxPages": 0,
                                  "linkPattern": "([a-z", "textPattern": "法治("}},
                     {"listing": {"url": "https://x.gov.cn/fzzf/", "pagePattern": "https://x.gov.cn/fzzf/index_{n}.html",
                                  "linkPattern": "t\\d+_\\d+\\.html$", "textPattern": "法治政府"}}],
         "fetch": {"caFile": "missing-ca.pem", "connectTimeout": 0, "userAgent": " "},
         "clean": {"chromeLinePatterns": ["^版权所有.*$", "[unclosed"], "contentContainers": ["main content", "article"]},
         "extract": {"stoplist": ["", "三个代表"]}}
        """#
        let lines = Self.lines(json, in: folder)
        Self.expectWords(lines)
        let expected = [
            "sources[0].path", "sources[1].url", "sources[2].urlList", "sources[3].listing.url",
            "sources[3].listing.pagePattern", "sources[3].listing.maxPages", "sources[3].listing.linkPattern",
            "sources[3].listing.textPattern", "fetch.caFile", "fetch.connectTimeout", "fetch.userAgent",
            "clean.chromeLinePatterns[1]", "clean.contentContainers[0]", "extract.stoplist[0]",
        ]
        for key in expected { #expect(lines.contains { $0.contains(key) }, "no line names \(key): \(lines)") }
        // The URL list's two bad lines, with their line numbers; nothing about its good line or comment.
        let listLines = lines.filter { $0.contains("sources[2].urlList") }
        #expect(listLines.count == 2, "\(listLines)")
        #expect(listLines.contains { $0.contains("urls.txt line 2") && $0.contains("ftp://") })
        #expect(listLines.contains { $0.contains("urls.txt line 5") })
        // Nothing about the valid listing, the valid chrome pattern or the good container.
        #expect(!lines.contains { $0.contains("sources[4]") || $0.contains("chromeLinePatterns[0]") || $0.contains("contentContainers[1]") })
        #expect(lines.filter { $0.contains("clean.chromeLinePatterns[1]") }.count == 1, "\(lines)")
        #expect(lines.contains { $0.contains("fetch.caFile") && $0.contains("missing-ca.pem") && $0.contains("No such file") })
        #expect(lines.count == expected.count + 1, "\(lines)")
    }

    /// A codebook that does not decode names the key inside it; one whose pattern cannot compile names the
    /// indicator; one with a unit the scanner never records names the unit (it would silently never match).
    @Test func codebookProblemsNameTheKeyAndIndicator() throws {
        let wrongType = #"{"indicators": [{"id": "permits", "units": "件", "triggers": ["许可"]}]}"#
        let emptyPhrase = #"{"indicators": [{"id": "permits", "units": ["件"], "triggers": ["许可+"]}]}"#
        let unknownUnit = #"{"indicators": [{"id": "permits", "units": ["件", "件儿次"], "triggers": ["许可"]}]}"#
        let good = #"{"indicators": [{"id": "permits", "units": ["件", "微克/立方米"], "triggers": ["许可"]}]}"#
        let folder = try Self.folder(["a.json": wrongType, "b.json": emptyPhrase, "c.json": unknownUnit, "d.json": good,
                                      "e.json": "{\"indicators\": ["])
        defer { try? FileManager.default.removeItem(at: folder) }
        func check(_ file: String) -> [String] {
            Self.lines(#"{"sources": [], "extract": {"codebook": "\#(file)"}}"#, in: folder)
        }
        let a = check("a.json")
        #expect(a.count == 1 && a[0].contains("extract.codebook") && a[0].contains("indicators[0].units"), "\(a)")
        let b = check("b.json")
        #expect(b.count == 1 && b[0].contains("permits") && b[0].contains("empty phrase"), "\(b)")
        let c = check("c.json")
        #expect(c.count == 1 && c[0].contains("'件儿次'") && !c[0].contains("'件'"), "\(c)")
        #expect(check("d.json").isEmpty)
        let e = check("e.json")
        #expect(e.count == 1 && e[0].contains("extract.codebook") && e[0].contains("e.json"), "\(e)")
        let missing = check("nowhere.json")
        #expect(missing.count == 1 && missing[0].contains("No such file or directory"), "\(missing)")
        Self.expectWords(a + b + c + e + missing)
    }

    /// A file that does not decode stops at that one line; a range error of `parse` still lets the rest be checked.
    @Test func decodeErrorsStopRangeErrorsDoNot() throws {
        let folder = try Self.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = Self.lines(#"{"fetch": {"retriez": 1}, "sources": ["nowhere"]}"#, in: folder)
        #expect(unknown.count == 1 && unknown[0].contains("fetch.retriez"), "\(unknown)")
        let ranged = Self.lines(#"{"fetch": {"retries": -1}, "sources": ["nowhere"]}"#, in: folder)
        #expect(ranged.count == 2, "\(ranged)")
        #expect(ranged.contains { $0.contains("fetch.retries") } && ranged.contains { $0.contains("sources[0].path") })
    }

    /// The one codebook loader the run uses says a malformed file in words with the key path, not a decoder dump.
    @Test func runCodebookErrorIsInWords() throws {
        let folder = try Self.folder(["a.json": #"{"indicators": [{"id": "x", "units": "件", "triggers": ["许可"]}]}"#])
        defer { try? FileManager.default.removeItem(at: folder) }
        do { _ = try Codebook.load("a.json", baseDirectory: folder); Issue.record("malformed codebook loaded") } catch {
            let text = "\(error)"
            #expect(text.contains("indicators[0].units"), "\(text)")
            Self.expectWords([text])
        }
    }
}
