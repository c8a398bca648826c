/// The normalization the scanner expects, for tests that feed it raw seed text.
enum TextFolding {
    /// Folds full-width ASCII (U+FF01–FF5E) to ASCII and U+3000/U+00A0 to a space.
    static func fold(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: view.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0: view.append(" ")
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}
