import CLibXML2

/// Walks the body of `word/document.xml`: paragraphs become lines, tables become grids (and tab-joined lines),
/// content controls and other wrappers are walked through.
struct DocxWalker {
    /// Heading styles, for the title.
    let styles: DocxStyles
    /// Lines so far.
    var lines: [String] = []
    /// Grids so far.
    var tables: [TableGrid] = []
    /// The first Title or first-level heading paragraph.
    var title: String?

    /// Creates a walker.
    init(styles: DocxStyles) {
        self.styles = styles
    }

    /// Walks a block container (the body, a content control's content, …).
    mutating func block(_ node: xmlNodePtr) {
        for child in XMLTree.children(node) {
            switch XMLTree.name(child) {
            case "p":
                let text = DocxWalker.paragraphText(child)
                guard !text.isEmpty else { continue }
                if title == nil, let level = headingLevel(child), level <= 1 { title = text }
                lines.append(text)
            case "tbl":
                let grid = table(child, index: tables.count + 1)
                guard grid.columnCount > 0 else { continue }
                tables.append(grid)
                for row in grid.rows {
                    let line = AttachmentContent.rowLine(row)
                    if !line.isEmpty { lines.append(line) }
                }
            case "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr":
                continue
            default:
                block(child)
            }
        }
    }

    /// The heading level of a paragraph's style or outline level, or nil for body text.
    func headingLevel(_ paragraph: xmlNodePtr) -> Int? {
        guard let props = XMLTree.child(paragraph, "pPr") else { return nil }
        if let style = XMLTree.child(props, "pStyle"), let id = XMLTree.attribute(style, "val"), let level = styles.level(of: id) {
            return level
        }
        if let outline = XMLTree.child(props, "outlineLvl"), let value = XMLTree.attribute(outline, "val"), let level = Int(value) {
            return level + 1
        }
        return nil
    }

    /// A paragraph's text: its runs' text, tabs and breaks as spaces, deleted text and field codes left out.
    static func paragraphText(_ node: xmlNodePtr) -> String {
        var out = ""
        collect(node, into: &out)
        return collapse(out)
    }

    /// Appends the visible text under `node`.
    static func collect(_ node: xmlNodePtr, into out: inout String) {
        for child in XMLTree.children(node) {
            switch XMLTree.name(child) {
            case "t": out += XMLTree.text(child)
            case "tab", "br", "cr": out += " "
            case "noBreakHyphen": out += "-"
            case "del", "delText", "instrText", "pPr", "rPr", "fldData": continue
            case "p": // a paragraph nested in a text box or a cell
                if !out.isEmpty { out += " " }
                collect(child, into: &out)
            default: collect(child, into: &out)
            }
        }
    }

    /// Whitespace runs collapsed to one space, ends trimmed.
    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                space = !out.isEmpty
                continue
            }
            if space { out += " " }
            space = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A table as a grid: `gridSpan` repeats a cell across columns, `vMerge` continues the cell above.
    func table(_ node: xmlNodePtr, index: Int) -> TableGrid {
        var rows: [[TableGridCell]] = []
        var headerRows = 0
        var stillHeader = true
        for tr in XMLTree.children(node) where XMLTree.name(tr) == "tr" {
            var row: [TableGridCell] = []
            var isHeader = false
            if let props = XMLTree.child(tr, "trPr"), XMLTree.child(props, "tblHeader") != nil { isHeader = true }
            for tc in XMLTree.children(tr) where XMLTree.name(tc) == "tc" {
                var span = 1
                var continues = false
                if let props = XMLTree.child(tc, "tcPr") {
                    if let g = XMLTree.child(props, "gridSpan"), let v = XMLTree.attribute(g, "val"), let n = Int(v), n > 1 {
                        span = min(n, DocxWalker.maxSpan)
                    }
                    if let m = XMLTree.child(props, "vMerge") { continues = XMLTree.attribute(m, "val") != "restart" }
                }
                let paragraphs = XMLTree.children(tc).filter { XMLTree.name($0) == "p" || XMLTree.name($0) == "tbl" }
                let text = DocxWalker.collapse(paragraphs.map { DocxWalker.paragraphText($0) }.joined(separator: " "))
                let column = row.count
                for k in 0..<span {
                    if continues, let above = rows.last, column + k < above.count {
                        row.append(TableGridCell(text: above[column + k].text, isHeader: above[column + k].isHeader, isSpanned: true))
                    } else {
                        row.append(TableGridCell(text: text, isHeader: isHeader, isSpanned: k > 0))
                    }
                }
            }
            if stillHeader && isHeader { headerRows += 1 } else { stillHeader = false }
            if !row.isEmpty { rows.append(row) }
        }
        return TableGrid(index: index, rows: rows, headerRows: headerRows)
    }

    /// The widest `gridSpan` honoured (a hostile file could ask for millions).
    static let maxSpan = 64
}
