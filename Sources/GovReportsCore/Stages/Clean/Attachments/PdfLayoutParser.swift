import CLibXML2
import Foundation

/// Reads the word-box XML of the two PDF readers into pages of lines: poppler's `pdftotext -bbox-layout`
/// (page/flow/block/line/word) and MuPDF's `mutool draw -F stext` (page/block/line/font/char).
enum PdfLayoutParser {
    /// Pages from `pdftotext -bbox-layout` output; nil when it is not XML.
    static func poppler(_ xml: [UInt8]) -> [PdfPage]? {
        pages(xml, mergingSplitLines: true) { lineNode in
            XMLTree.children(lineNode).filter { XMLTree.name($0) == "word" }.compactMap { node -> PdfWord? in
                let text = XMLTree.text(node)
                guard !text.isEmpty else { return nil }
                return PdfWord(text: text, xMin: number(node, "xMin"), yMin: number(node, "yMin"),
                               xMax: number(node, "xMax"), yMax: number(node, "yMax"))
            }
        }
    }

    /// The page/block/line walk both readers' XML shares: `words` reads one `line` element; lines without words are
    /// dropped; poppler's lines split at a font change are merged back when `mergingSplitLines`.
    private static func pages(_ xml: [UInt8], mergingSplitLines: Bool,
                              words: (xmlNodePtr) -> [PdfWord]) -> [PdfPage]? {
        guard let tree = XMLTree(bytes: xml), let root = tree.root else { return nil }
        var pages: [PdfPage] = []
        var block = 0
        for pageNode in descendants(root, named: "page") {
            var lines: [PdfLine] = []
            for blockNode in descendants(pageNode, named: "block") {
                block += 1
                for lineNode in XMLTree.children(blockNode) where XMLTree.name(lineNode) == "line" {
                    let found = words(lineNode)
                    if !found.isEmpty { lines.append(PdfLine(words: found, block: block)) }
                }
            }
            pages.append(PdfPage(number: pages.count + 1, width: number(pageNode, "width"), height: number(pageNode, "height"),
                                 lines: mergingSplitLines ? mergeSplitLines(lines) : lines))
        }
        return pages
    }

    /// The widest horizontal gap (in line heights) between two pieces of one visual line a reader split.
    static let splitLineGap = 0.5
    /// The least vertical overlap (share of the smaller line height) of two pieces of one visual line.
    static let splitLineOverlap = 0.5
    /// The most the second piece may start left of the first's end (share of its height): kerning, not a new line.
    static let splitLineBackstep = 0.1

    /// Lines that follow each other on one baseline with almost no gap, which poppler gives as separate lines
    /// when a font changes mid-line (digits in a Latin font), merged back into one.
    static func mergeSplitLines(_ lines: [PdfLine]) -> [PdfLine] {
        var out: [PdfLine] = []
        for line in lines {
            if let prev = out.last {
                let overlap = min(prev.yMax, line.yMax) - max(prev.yMin, line.yMin)
                let gap = line.xMin - prev.xMax
                if overlap >= splitLineOverlap * min(prev.height, line.height) && gap >= -splitLineBackstep * line.height
                    && gap <= splitLineGap * max(prev.height, line.height) {
                    out[out.count - 1] = PdfLine(words: prev.words + line.words, block: prev.block)
                    continue
                }
            }
            out.append(line)
        }
        return out
    }

    /// Pages from `mutool draw -F stext` output; characters become words split at spaces; nil when it is not XML.
    static func mupdf(_ xml: [UInt8]) -> [PdfPage]? {
        pages(xml, mergingSplitLines: false) { lineNode in
            var words: [PdfWord] = []
            var current: PdfWord?
            for (char, size) in chars(lineNode) {
                let c = XMLTree.attribute(char, "c") ?? ""
                let quad = (XMLTree.attribute(char, "quad") ?? "").split(separator: " ").compactMap { Double($0) }
                guard quad.count == 8 else { continue }
                // MuPDF's quads span the font's whole ascender-to-descender box (nearly three times the
                // size for CJK fonts); a box from the baseline and the size matches poppler's word boxes.
                let baseline = XMLTree.attribute(char, "y").flatMap { Double($0) } ?? max(quad[5], quad[7])
                let box = PdfWord(text: c, xMin: min(quad[0], quad[4]), yMin: baseline - mupdfAscent * size,
                                  xMax: max(quad[2], quad[6]), yMax: baseline + mupdfDescent * size)
                if c.trimmingCharacters(in: .whitespaces).isEmpty {
                    if let word = current { words.append(word) }
                    current = nil
                } else if var word = current {
                    word.text += c
                    word.xMax = max(word.xMax, box.xMax)
                    word.yMin = min(word.yMin, box.yMin)
                    word.yMax = max(word.yMax, box.yMax)
                    current = word
                } else {
                    current = box
                }
            }
            if let word = current { words.append(word) }
            return words
        }
    }

    /// The share of the font size above the baseline a word box gets (poppler's boxes are about this).
    static let mupdfAscent = 0.86
    /// The share below it.
    static let mupdfDescent = 0.16

    /// The size assumed when a `font` element states none.
    static let mupdfDefaultSize = 10.0

    /// The `char` elements of a MuPDF line with the size of the `font` element around each.
    static func chars(_ line: xmlNodePtr) -> [(xmlNodePtr, Double)] {
        var out: [(xmlNodePtr, Double)] = []
        for font in XMLTree.children(line) {
            let size = number(font, "size")
            for char in descendants(font, named: "char") { out.append((char, size > 0 ? size : mupdfDefaultSize)) }
        }
        return out
    }

    /// Every element under `node` (depth first, in order) named `name`, not looking inside a match.
    static func descendants(_ node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        for child in XMLTree.children(node) {
            if XMLTree.name(child) == name { out.append(child) } else { out += descendants(child, named: name) }
        }
        return out
    }

    /// A numeric attribute, 0 when missing.
    static func number(_ node: xmlNodePtr, _ name: String) -> Double {
        XMLTree.attribute(node, name).flatMap { Double($0) } ?? 0
    }
}
