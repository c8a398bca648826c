import Foundation
@testable import GovReportsCore

/// Locates and loads clean-stage fixtures (ours in Resources/clean, third-party ones in ../shared).
enum CleanFixtures {
    /// The test bundle's `Resources/clean` folder.
    static var ownDirectory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("clean")
    }

    /// `../shared` next to the worktree (same layout as CI), found from this source file.
    static var sharedDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared")
    }

    /// Whether the shared real pages are present.
    static var hasRealPages: Bool {
        FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("realpages/evaldata.jsonl").path)
    }

    /// Whether the shared seeds and chrome gold are present.
    static var hasSeeds: Bool {
        FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("gold/chrome.jsonl").path)
    }

    /// Bytes of one of our fixtures.
    static func own(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: ownDirectory.appendingPathComponent(name)))
    }

    /// A fetch record for `source`, with an optional transport charset.
    static func record(_ source: String, hint: String? = nil) -> FetchRecord {
        FetchRecord(docID: "doc-" + source, source: source, rawFile: source, fetchedAt: "2024-01-01T00:00:00Z",
                    sha256: "0000", byteCount: 0, charsetHint: hint)
    }

    /// A cleaner with the bundled rules only.
    static func cleaner(_ config: CleanConfig = CleanConfig()) throws -> Cleaner {
        try Cleaner(config: config)
    }

    /// Folds full-width ASCII to ASCII and U+3000/U+00A0 to spaces, as the normalize stage will.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Lines of a JSONL file as dictionaries.
    static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
