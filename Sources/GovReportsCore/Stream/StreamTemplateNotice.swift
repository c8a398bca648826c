/// The notice `stream` puts on each good line when it runs without the site templates the config learns, and how
/// `export --from-stream` recognises such lines to say so once.
enum StreamTemplateNotice {
    /// The code's bytes as they appear in an output line (a JSON string).
    static let marker = Array("\"\(DiagnosticCode.templateBookMissing.rawValue)\"".utf8)

    /// The notice for a config grouping documents by `grouping`.
    static func missing(_ grouping: TemplateGrouping) -> Diagnostic {
        Diagnostic(.templateBookMissing, stage: .normalize, severity: .info,
                   "the config learns site templates (clean.template.group \(grouping.rawValue)) but stream was given "
                   + "no template book: lines a run removes as the site's template stay in this text; learn the "
                   + "templates with a local run over a sample of each site and pass --templates output/stages/template")
    }

    /// Whether the bytes of a line's `diagnostics` value hold this notice.
    static func isIn(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= marker.count else { return false }
        var i = bytes.startIndex
        while i + marker.count <= bytes.endIndex {
            if bytes[i] == marker[0] && bytes[i..<(i + marker.count)].elementsEqual(marker) { return true }
            i += 1
        }
        return false
    }
}
