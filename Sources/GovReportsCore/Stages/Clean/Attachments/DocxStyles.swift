import CLibXML2

/// The paragraph styles of a DOCX (`word/styles.xml`) that mark a title or a heading, by style id.
struct DocxStyles: Sendable {
    /// Heading level by style id (0 for the Title style).
    var levels: [String: Int] = [:]

    /// No styles file: style ids alone decide (`Heading1`, `Title`).
    init() {}

    /// Reads the style names (`heading 1`, `Title`) of a styles part; nil when it is not XML.
    init?(xml: [UInt8]) {
        guard let tree = XMLTree(bytes: xml), let root = tree.root else { return nil }
        for style in XMLTree.children(root) where XMLTree.name(style) == "style" {
            guard let id = XMLTree.attribute(style, "styleId"),
                  let nameNode = XMLTree.child(style, "name"), let name = XMLTree.attribute(nameNode, "val") else { continue }
            if let level = DocxStyles.level(ofName: name) { levels[id] = level }
        }
    }

    /// The heading level a style name or id states: `Title` is 0, `heading 2`/`Heading2` is 2; nil for other styles.
    static func level(ofName name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "title" { return 0 }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)) else { return nil }
        return level
    }

    /// The heading level of a paragraph with style id `id`.
    func level(of id: String) -> Int? {
        levels[id] ?? DocxStyles.level(ofName: id)
    }
}
