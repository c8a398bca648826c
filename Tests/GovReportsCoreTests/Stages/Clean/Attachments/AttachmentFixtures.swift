import Foundation
import Testing
@testable import GovReportsCore

/// The attachment samples (made by scripts/make-attachment-samples.sh) and the measures the parity test uses.
enum AttachmentFixtures {
    /// The test bundle's `Resources/attachments` folder.
    static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("attachments")
    }

    /// The repository's `samples/` folder, found from this source file.
    static var samples: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<6 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("samples")
    }

    /// The converters the PDF and DOC readers' tests need (CI installs them: poppler-utils, mupdf-tools,
    /// antiword, catdoc).
    static let converters = ["pdftotext", "mutool", "antiword", "catdoc"]

    /// Converters named in `GOVREPORTS_TEST_HIDE_TOOLS` (comma-separated) count as missing, so the skip path itself
    /// can be tried on a machine that has them all (`scripts/check-test-skips.sh` does).
    static var hidden: Set<String> {
        Set((ProcessInfo.processInfo.environment["GOVREPORTS_TEST_HIDE_TOOLS"] ?? "").split(separator: ",").map(String.init))
    }

    /// The converters that are not installed (or hidden).
    static var missingConverters: [String] {
        converters.filter { hidden.contains($0) || !ExternalTool(name: $0).isAvailable }
    }

    /// Whether the converters the PDF and DOC readers need are installed (CI installs them).
    static var convertersInstalled: Bool { missingConverters.isEmpty }

    /// Stable marker of the line that says attachment tests were skipped (`scripts/check-test-skips.sh` looks for it).
    static let skipMarker = "attachment-converters-missing"

    /// Why the converter tests are skipped, printed by Swift Testing with each skipped test.
    static var skipNote: Comment {
        Comment(rawValue: "\(skipMarker): \(missingConverters.joined(separator: ", ")) not installed "
            + "(apt-get install poppler-utils poppler-data mupdf-tools antiword catdoc)")
    }

    /// Bytes of one attachment sample.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The whole chain run in memory on `bytes` named `source`.
    static func run(_ bytes: [UInt8], source: String) throws -> ChainResult {
        try StageChain(config: PipelineConfig(), baseDirectory: directory).run(bytes, source: source)
    }

    /// Sentence-final marks: the text is cut into sentences after each (and at line ends).
    static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？!?；;".unicodeScalars)

    /// The sentences of a text, whitespace removed, those of under `minimumScalars` scalars dropped.
    static func sentences(_ text: String, minimumScalars: Int = 4) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= minimumScalars { out.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for s in text.unicodeScalars {
            if s == "\n" { flush(); continue }
            if s.properties.isWhitespace { continue }
            current.append(s)
            if sentenceEnds.contains(s) { flush() }
        }
        flush()
        return out
    }

    /// The share of `reference`'s sentences found in `candidate` (a multiset match).
    static func sentenceRecall(reference: [String], candidate: [String]) -> Double {
        guard !reference.isEmpty else { return 1 }
        var pool: [String: Int] = [:]
        for s in candidate { pool[s, default: 0] += 1 }
        var found = 0
        for s in reference where pool[s, default: 0] > 0 {
            pool[s]! -= 1
            found += 1
        }
        return Double(found) / Double(reference.count)
    }

    /// F1 of two multisets of (value, unit) pairs.
    static func quantityF1(reference: [QuantityRecord], candidate: [QuantityRecord]) -> Double {
        func key(_ q: QuantityRecord) -> String { "\(q.value)|\(q.unit ?? "")" }
        var pool: [String: Int] = [:]
        for q in reference { pool[key(q), default: 0] += 1 }
        var matched = 0
        for q in candidate where pool[key(q), default: 0] > 0 {
            pool[key(q)]! -= 1
            matched += 1
        }
        guard !reference.isEmpty || !candidate.isEmpty else { return 1 }
        let p = candidate.isEmpty ? 0 : Double(matched) / Double(candidate.count)
        let r = reference.isEmpty ? 0 : Double(matched) / Double(reference.count)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
