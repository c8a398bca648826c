/// Splits text into folded, trimmed, non-empty lines with inner space runs collapsed.
public enum LineSplitter {
    /// One pass over the scalars: fold widths, split on line breaks, trim, collapse spaces, drop empty lines.
    public static func lines(_ text: String, fullWidth: Bool) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        func flush() {
            if !current.isEmpty { lines.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                flush()
                continue
            default:
                break
            }
            guard let folded = WidthFolder.fold(scalar, fullWidth: fullWidth) else { continue }
            if folded == " " {
                pendingSpace = !current.isEmpty
                continue
            }
            if folded.value < 0x20 || folded.value == 0x7F { continue }
            if pendingSpace { current.append(" "); pendingSpace = false }
            current.append(folded)
        }
        flush()
        return lines
    }
}
