/// Folds full-width ASCII to ASCII and odd spaces to a plain space, scanning Unicode scalars.
public enum WidthFolder {
    /// Folds one scalar: U+FF01–FF5E → ASCII, U+3000/U+00A0/other spaces → space, zero-width → nil (dropped).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, fullWidth: Bool = true) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 { return v == 0x09 ? " " : scalar }
        if fullWidth && v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0) }
        switch v {
        case 0x3000, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: return " "
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return nil
        default: return scalar
        }
    }

    /// Folds a whole string (used for titles and snippets; the normalizer folds while splitting lines).
    public static func fold(_ text: String, fullWidth: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if let f = fold(s, fullWidth: fullWidth) { out.append(f) }
        }
        return String(out)
    }
}
