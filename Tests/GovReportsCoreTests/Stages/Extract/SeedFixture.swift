import Foundation
@testable import GovReportsCore

/// Builds the normalized form of a shared seed report the way clean + normalize will: chrome and title lines
/// from `gold/chrome.jsonl` dropped, title taken from the title lines, `来源`/`发布时间` captured, widths folded.
enum SeedFixture {
    /// `../shared` seen from the repository root, located from this file's path.
    static let sharedURL: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared").standardized

    /// Whether the shared seeds and gold files are present.
    static var available: Bool {
        FileManager.default.fileExists(atPath: sharedURL.appendingPathComponent("gold/documents.jsonl").path)
    }

    /// The gold document metadata rows, keyed by document stem.
    static func goldDocuments() throws -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for row in try jsonLines("gold/documents.jsonl") {
            if let doc = row["doc"] as? String { out[doc] = row }
        }
        return out
    }

    /// The seed `stem` as a normalized document.
    static func normalized(_ stem: String) throws -> NormalizedDocument {
        let raw = try String(contentsOf: sharedURL.appendingPathComponent("seeds/\(stem).txt"), encoding: .utf8)
        // Each gold chrome/title entry removes one occurrence, the first not yet removed.
        var pending: [(line: String, cls: String)] = try jsonLines("gold/chrome.jsonl")
            .filter { ($0["doc"] as? String) == stem }
            .compactMap { row in
                guard let line = row["line"] as? String, let cls = row["class"] as? String, cls != "furniture" else { return nil }
                return (fold(line), cls)
            }
        var title: String?
        var page = PageMetadata()
        var body: [String] = []
        for rawLine in raw.components(separatedBy: "\n") {
            let line = fold(rawLine)
            if line.isEmpty { continue }
            if let k = pending.firstIndex(where: { $0.line == line }) {
                let cls = pending.remove(at: k).cls
                if cls == "title", title == nil { title = line }
                if cls == "chrome" { capturePageFields(line, into: &page) }
                continue
            }
            body.append(line)
        }
        return NormalizedDocument(docID: stem, source: "seeds/\(stem).txt", sha256: "", encoding: "utf-8", page: page,
                                  title: title, text: body.joined(separator: "\n"), removed: [], diagnostics: [])
    }

    /// Full-width ASCII to ASCII, U+3000/U+00A0 to space, trimmed.
    static func fold(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0xFF01, u.value <= 0xFF5E, let a = Unicode.Scalar(u.value - 0xFEE0) {
                scalars.append(a)
            } else if u == "\u{3000}" || u == "\u{00A0}" {
                scalars.append(" ")
            } else {
                scalars.append(u)
            }
        }
        return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `来源:区民政局 发布时间:2023-02-22 11:11` → source label and ISO date.
    static func capturePageFields(_ line: String, into page: inout PageMetadata) {
        if let r = line.range(of: "发布时间:") {
            page.published = String(line[r.upperBound...].prefix(10))
        }
        if let r = line.range(of: "来源:") {
            let rest = line[r.upperBound...]
            page.sourceLabel = String(rest.split(separator: " ").first ?? "")
        }
    }

    /// Rows of a JSON Lines file under `../shared`.
    private static func jsonLines(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: sharedURL.appendingPathComponent(path), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }
}
