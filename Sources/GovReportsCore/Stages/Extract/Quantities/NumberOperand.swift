/// One number as parsed from the text, before its unit: digits or Chinese numerals, multipliers, infix hedge.
struct NumberOperand: Sendable {
    /// Significant digits (Arabic) or the integer value (Chinese).
    var mantissa: Int
    /// Power of ten applied to `mantissa` (decimal places are negative, 万 adds 4).
    var exponent: Int
    /// Power of ten contributed by multipliers written after the digits (`1.5万` → 4).
    var multiplierExponent: Int
    /// Whether the number is written in Chinese numerals.
    var isChinese: Bool
    /// Whether a Chinese numeral uses 十/百/千/万/亿 (`两千` yes, `三` no).
    var isComposite: Bool
    /// Whether a Chinese numeral is a lone 一/二/零, too ambiguous to stand alone (`一次性`, `二类`).
    var isLone: Bool
    /// Whether 万 or 亿 scales the number (`2.37万`, `十五万`).
    var hasLargeMultiplier: Bool
    /// Number of Arabic integer digits (a calendar year has four).
    var integerDigits: Int
    /// Whether an Arabic number has no decimal part.
    var isInteger: Bool
    /// Index just after the numerals themselves.
    var numeralEnd: Int
    /// Index just after the multipliers and infix hedge.
    var end: Int
    /// Infix hedge as recorded (`余`, `多`), else nil.
    var approx: String?

    /// The value with multipliers applied.
    var value: Double {
        let magnitude = Double(mantissa)
        if exponent >= 0 { return magnitude * NumberOperand.powerOfTen(exponent) }
        return magnitude / NumberOperand.powerOfTen(-exponent)
    }

    /// 10^n, exact for the range that matters.
    static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
