import Foundation

/// One line of the shared gold `quantities.jsonl`.
struct GoldQuantity: Sendable {
    /// Document stem (`002_c1ce6971d7b0c50d`).
    var doc: String
    /// The mention as the annotator wrote it.
    var text: String
    /// Expected value.
    var value: Double
    /// Expected upper end of a range.
    var valueMax: Double?
    /// Expected unit, nil when a noun follows.
    var unit: String?
    /// Expected approximation marker.
    var approx: String?
    /// Whether the mention must be found (`must`) or may be (`optional`).
    var isMust: Bool

    /// Reads every line of a gold file; malformed lines are reported as an error naming the line.
    static func load(_ url: URL) throws -> [GoldQuantity] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [GoldQuantity] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let doc = object["doc"] as? String, let value = (object["value"] as? NSNumber)?.doubleValue else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(url.path):\(number + 1) is not a gold quantity"])
            }
            out.append(GoldQuantity(
                doc: doc, text: object["text"] as? String ?? "", value: value,
                valueMax: (object["value_max"] as? NSNumber)?.doubleValue, unit: object["unit"] as? String,
                approx: object["approx"] as? String, isMust: (object["status"] as? String) == "must"))
        }
        return out
    }
}
