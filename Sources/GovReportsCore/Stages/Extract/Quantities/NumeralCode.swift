/// The special values of `QuantityScanner.numeralCode` (one small integer per BMP scalar): a digit is its value,
/// a small multiplier (十 百 千) is `smallBase` plus its power of ten, a large one (万 亿) `largeBase` plus its power.
enum NumeralCode {
    /// Not a Chinese numeral.
    static let none = -1
    /// Codes below this are digits 0–9.
    static let digitLimit = 10
    /// 十/百/千: this plus the power of ten (十 = 21, 百 = 22, 千 = 23).
    static let smallBase = 20
    /// 万/亿: this plus the power of ten (万 = 44, 亿 = 48).
    static let largeBase = 40
    /// 百, the smallest multiplier that may follow digits (1.5百 is not written, but 3百 is) or stand hedged alone.
    static let hundred = smallBase + 2
    /// 千.
    static let thousand = smallBase + 3
    /// 万.
    static let tenThousand = largeBase + 4
    /// Largest total power of ten a chain of multipliers may reach (万亿, 10^12); a longer chain is not a number.
    static let maxMultiplierExponent = 12

    /// The power of ten of a multiplier code.
    @inline(__always)
    static func power(_ code: Int) -> Int { code >= largeBase ? code - largeBase : code - smallBase }
}
