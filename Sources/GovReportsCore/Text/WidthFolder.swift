/// Folds full-width digits, Latin letters and `％` to ASCII and odd spaces to a plain space, scanning Unicode
/// scalars; full-width punctuation (，：；（）！？ …) is kept as the source writes it.
public enum WidthFolder {
    /// Folds one scalar: full-width digits, letters and `％` → ASCII, U+3000/U+00A0/other spaces → space,
    /// zero-width → nil (dropped); other full-width forms (the punctuation) are returned unchanged.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, fullWidth: Bool = true) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 { return v == 0x09 ? " " : scalar }
        if fullWidth && v >= 0xFF01 && v <= 0xFF5E {
            return foldsAsText(v) ? Unicode.Scalar(v - 0xFEE0) : scalar
        }
        switch v {
        case 0x3000, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: return " "
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return nil
        default: return scalar
        }
    }

    /// Whether a full-width form (U+FF01–FF5E) is a digit, a Latin letter or `％`: text a researcher reads the
    /// same in either width, so it is folded; punctuation is not (`（南美站）` is how the page writes its title).
    @inline(__always)
    static func foldsAsText(_ v: UInt32) -> Bool {
        (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A) || v == 0xFF05
    }

    /// U+FF0E FULLWIDTH FULL STOP: between digits it is a decimal point and folds with them.
    static let fullWidthFullStop: UInt32 = 0xFF0E

    /// Whether the UTF-8 at `i` starts an ASCII or a full-width digit (U+FF10–FF19 = EF BC 90–99).
    @inline(__always)
    static func isDigit(utf8 b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if b[i] >= 0x30 && b[i] <= 0x39 { return true }
        return i + 2 < b.count && b[i] == 0xEF && b[i + 1] == 0xBC && b[i + 2] >= 0x90 && b[i + 2] <= 0x99
    }

    /// Folds a whole string (used for titles and snippets; the normalizer folds while splitting lines).
    public static func fold(_ text: String, fullWidth: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (k, s) in scalars.enumerated() {
            guard var f = fold(s, fullWidth: fullWidth) else { continue }
            if fullWidth, s.value == fullWidthFullStop, let last = out.last, ("0"..."9").contains(last),
               k + 1 < scalars.count, let next = fold(scalars[k + 1]), ("0"..."9").contains(next) {
                f = "."
            }
            out.append(f)
        }
        return String(out)
    }

    /// The rule view of one scalar: every full-width ASCII form (U+FF01–FF5E, punctuation included) → ASCII.
    /// One scalar for one scalar, so offsets into the rule view are offsets into the text as written.
    @inline(__always)
    public static func ruleView(_ value: UInt32) -> UInt32 {
        value >= 0xFF01 && value <= 0xFF5E ? value - 0xFEE0 : value
    }

    /// The rule view of a whole string: `fold`, then full-width punctuation to ASCII (loose comparisons).
    public static func ruleView(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if let f = fold(s) { out.append(Unicode.Scalar(ruleView(f.value))!) }
        }
        return String(out)
    }
}
