@testable import GovReportsCore

/// What one mention in a test sentence should come out as.
struct ExpectedQuantity: Sendable, CustomStringConvertible {
    /// Expected value.
    var value: Double
    /// Expected unit (nil when a noun follows).
    var unit: String?
    /// Expected kind.
    var kind: QuantityKind
    /// Expected approximation marker.
    var approx: String?
    /// Expected upper end of a range.
    var valueMax: Double?
    /// Expected mention text, when the test cares.
    var text: String?

    /// Creates an expectation; approx and value_max default to none.
    init(_ value: Double, _ unit: String?, _ kind: QuantityKind, approx: String? = nil, max valueMax: Double? = nil,
         text: String? = nil) {
        self.value = value
        self.unit = unit
        self.kind = kind
        self.approx = approx
        self.valueMax = valueMax
        self.text = text
    }

    /// Compact rendering for failure messages.
    var description: String {
        "\(value)\(valueMax.map { "-\($0)" } ?? "") \(unit ?? "nil") \(kind.rawValue) \(approx ?? "-")"
    }

    /// Whether a scanned match meets this expectation.
    func accepts(_ match: QuantityMatch) -> Bool {
        QuantityScorer.same(value, match.value) && QuantityScorer.same(valueMax, match.valueMax) && unit == match.unit
            && kind == match.kind && approx == match.approx && (text == nil || text == match.text)
    }
}
