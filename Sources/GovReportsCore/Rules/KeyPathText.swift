/// The one printer of a decoding key path (`sources[0].path`, `units[3].kind`), shared by `pipeline.json` errors
/// and bundled rule-file errors.
enum KeyPathText {
    /// Renders a coding path; `(top level)` when empty.
    static func render(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : "." + key.stringValue }
        }
        return out.isEmpty ? "(top level)" : out
    }
}
