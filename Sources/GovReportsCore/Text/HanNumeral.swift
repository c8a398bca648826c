/// Reads small Chinese numerals (ordinals 一…九十九, date parts, digit-by-digit years) from scalar arrays.
enum HanNumeral {
    /// Value of a single Chinese (or ASCII) digit scalar, including the zero forms 〇 ○ 零 O.
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "○", "零", "O", "o", "Ｏ": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default:
            if s.value >= 0x30, s.value <= 0x39 { return Int(s.value - 0x30) }
            return nil
        }
    }

    /// Value of one ASCII digit.
    static func ascii(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
    }

    /// Whether a scalar is a Han ideograph (CJK unified, extension A, or compatibility block).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x2FA1F) || v == 0x3007
    }

    /// Parses a Chinese number below 100 written with 十 (一, 十, 十二, 二十, 二十一) at `i`; returns value and length.
    static func parseSmall(_ a: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (value: Int, length: Int)? {
        let end = min(limit ?? a.count, a.count)
        guard i < end else { return nil }
        var j = i
        var tens = 0
        if a[j] == "十" {
            tens = 1
            j += 1
        } else if let d = chineseDigit(a[j]), d > 0 {
            if j + 1 < end, a[j + 1] == "十" {
                tens = d
                j += 2
            } else {
                return (d, 1)
            }
        } else {
            return nil
        }
        if j < end, let d = chineseDigit(a[j]), d > 0 {
            return (tens * 10 + d, j + 1 - i)
        }
        return (tens * 10, j - i)
    }

    /// Digit value for Chinese digit characters only (not ASCII), so `1十` is not read as a numeral.
    private static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        ascii(s) == nil ? digit(s) : nil
    }
}
