/// A date line written in full-width forms (`发布时间：２０２５－０１－１５`, a page typed in an IME's full-width mode)
/// made readable for the ASCII date patterns: full-width digits and the date separators `－／．` become ASCII.
enum FullWidthDate {
    /// Full-width date separators and their ASCII forms.
    static let separators: [UInt32: UInt32] = [0xFF0D: 0x2D, 0xFF0F: 0x2F, 0xFF0E: 0x2E]

    /// `line` with full-width digits and date separators folded; the line itself when it holds no full-width digit.
    static func folded(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0.value >= 0xFF10 && $0.value <= 0xFF19 }) else { return line }
        var out = String.UnicodeScalarView()
        for s in line.unicodeScalars {
            if s.value >= 0xFF10 && s.value <= 0xFF19, let a = Unicode.Scalar(s.value - 0xFF10 + 0x30) {
                out.append(a)
            } else if let ascii = separators[s.value], let a = Unicode.Scalar(ascii) {
                out.append(a)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
