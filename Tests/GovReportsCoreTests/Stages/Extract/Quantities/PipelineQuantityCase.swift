@testable import GovReportsCore

/// A sentence as a report writes it (full-width forms, odd spaces, line breaks) and the mentions the extract stage
/// must read from it after normalization, with the doubt the scanner must raise instead of a value it cannot be sure of.
struct PipelineQuantityCase: Sendable, CustomStringConvertible {
    /// The raw sentence, before normalize folds it.
    var sentence: String
    /// The mentions, in text order (empty: nothing in the sentence is a quantity).
    var expected: [ExpectedQuantity]
    /// The doubt code the scanner must report (nil: none at all).
    var doubt: DiagnosticCode?

    /// Creates a case with mentions and no doubt.
    init(_ sentence: String, _ expected: ExpectedQuantity...) {
        self.sentence = sentence
        self.expected = expected
        self.doubt = nil
    }

    /// Creates a case whose scan must raise `doubt` and yield only `expected`.
    init(_ sentence: String, doubt: DiagnosticCode, _ expected: ExpectedQuantity...) {
        self.sentence = sentence
        self.expected = expected
        self.doubt = doubt
    }

    /// The sentence with line breaks shown, which names the case in test output.
    var description: String { sentence.replacingOccurrences(of: "\n", with: "⏎") }
}

/// Builds one expected mention with the kind its unit implies (the unit table's kinds), for compact case tables.
func q(_ value: Double, _ unit: String?, approx: String? = nil, max: Double? = nil, kind: QuantityKind? = nil) -> ExpectedQuantity {
    ExpectedQuantity(value, unit, kind ?? impliedKind(unit), approx: approx, max: max)
}

/// The kind the bundled unit table gives a recorded unit (count for nil: a bare 万/亿 before a noun).
func impliedKind(_ unit: String?) -> QuantityKind {
    guard let unit else { return .count }
    switch unit {
    case "元", "美元", "欧元": return .money
    case "%", "‰", "个百分点", "百分点", "成": return .percent
    case "个工作日", "工作日", "天", "个月", "年", "小时", "个小时", "分钟", "秒", "周", "学时", "课时": return .duration
    case "平方米", "平方公里", "公里", "千米", "米", "公顷", "亩", "吨", "公斤", "千克", "立方米", "千瓦", "千瓦时", "兆瓦",
         "倍", "分", "岁", "周岁", "千伏", "兆瓦时": return .other
    default:
        if unit.contains("/") { return unit.hasPrefix("元") ? .money : .other }
        return .count
    }
}
