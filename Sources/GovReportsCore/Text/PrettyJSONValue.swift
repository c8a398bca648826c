/// A small JSON value tree written the way `JSONSerialization` writes `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, byte for byte, without bridging every leaf through `Any` and dynamic casts (that
/// bridging was most of what writing `datapackage.json` cost).
indirect enum PrettyJSONValue: Equatable {
    /// A string.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// An array, in order.
    case array([PrettyJSONValue])
    /// An object; written with its keys in byte order.
    case object([String: PrettyJSONValue])

    /// The indent one nesting level adds (two spaces, as `JSONSerialization` pretty-prints).
    private static let indentStep = 2

    /// The pretty-printed bytes: two-space indents, `"key" : value`, keys sorted, no trailing newline.
    var prettyBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(to: &out, indent: 0)
        return out
    }

    /// Appends this value at nesting depth `indent` (in spaces).
    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let s):
            JSONText.appendString(s, to: &out)
        case .bool(let b):
            out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .array(let items):
            // `JSONSerialization` writes an empty container as an opening line, an empty line and the closing one.
            out.append(UInt8(ascii: "["))
            out.append(UInt8(ascii: "\n"))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                Self.pad(&out, indent + Self.indentStep)
                item.write(to: &out, indent: indent + Self.indentStep)
            }
            out.append(UInt8(ascii: "\n"))
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            out.append(UInt8(ascii: "\n"))
            // Keys here are ASCII identifiers, whose byte order is the order `.sortedKeys` gives them.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                Self.pad(&out, indent + Self.indentStep)
                JSONText.appendString(key, to: &out)
                out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
                members[key]!.write(to: &out, indent: indent + Self.indentStep)
            }
            out.append(UInt8(ascii: "\n"))
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `count` spaces.
    private static func pad(_ out: inout [UInt8], _ count: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
}
