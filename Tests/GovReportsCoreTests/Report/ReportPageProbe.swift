import Foundation

/// Reads back what a report page shows, the way a browser's DOM would give it, for the generator's own markup:
/// the text of `#text` without struck-through chrome, badges and spanned-cell copies (`aux`), each highlight's fields and its scalar
/// position in that text, and every `href` and `id`.
struct ReportPageProbe {
    /// One highlighted quantity.
    struct Mark: Equatable {
        /// `data-mention`.
        var mention: Int
        /// `data-start` / `data-end`.
        var start: Int, end: Int
        /// Position (Unicode scalars) in the shown text, and its length there.
        var at: Int, length: Int
        /// The highlighted text.
        var text: String
        /// `href`.
        var href: String
    }

    /// The shown text.
    private(set) var text = ""
    /// Highlights in order.
    private(set) var marks: [Mark] = []
    /// Every `href` value (entities decoded).
    private(set) var hrefs: [String] = []
    /// Every `id` value.
    private(set) var ids: Set<String> = []
    /// Removed lines shown, as `(rule, line)`.
    private(set) var chrome: [(rule: String, line: String)] = []

    /// Parses a page.
    init(_ html: String) {
        hrefs = Self.attributes("href", in: html)
        ids = Set(Self.attributes("id", in: html))
        guard let open = html.range(of: "<div class=\"text\" id=\"text\">"),
              let close = Self.closingDiv(in: html, from: open.upperBound) else { return }
        let s = Array(html[open.upperBound..<close.lowerBound].unicodeScalars)
        var i = 0
        var out = String.UnicodeScalarView()
        var count = 0
        var current: Mark?
        func tag() -> String {
            var t = String.UnicodeScalarView()
            while i < s.count, s[i] != ">" { t.append(s[i]); i += 1 }
            i += 1
            return String(t) + ">"
        }
        while i < s.count {
            if s[i] == "<" {
                let t = tag()
                let auxCell = (t.hasPrefix("<td") || t.hasPrefix("<th")) && t.contains("aux")
                if t.hasPrefix("<del") || (t.hasPrefix("<span") && t.contains("aux")) || auxCell {
                    // Struck-through lines, badges and greyed copies of spanned cells are not part of the text.
                    let end = t.hasPrefix("<del") ? "</del>" : auxCell ? (t.hasPrefix("<td") ? "</td>" : "</th>") : "</span>"
                    var inner = String.UnicodeScalarView()
                    while i < s.count, !String(String.UnicodeScalarView(s[i..<min(s.count, i + end.unicodeScalars.count)])).hasPrefix(end) {
                        inner.append(s[i]); i += 1
                    }
                    i += end.unicodeScalars.count
                    if t.hasPrefix("<del") {
                        chrome.append((Self.attribute("data-rule", in: t) ?? "", Self.decode(String(inner))))
                    }
                } else if t.hasPrefix("<a class=\"q") {
                    current = Mark(mention: Int(Self.attribute("data-mention", in: t) ?? "") ?? -1,
                                   start: Int(Self.attribute("data-start", in: t) ?? "") ?? -1,
                                   end: Int(Self.attribute("data-end", in: t) ?? "") ?? -1,
                                   at: count, length: 0, text: "", href: Self.attribute("href", in: t) ?? "")
                } else if t == "</a>", let m = current {
                    marks.append(m)
                    current = nil
                }
                continue
            }
            var scalar = s[i]
            i += 1
            if scalar == "&" {
                var entity = "&"
                while i < s.count, s[i] != ";" { entity.unicodeScalars.append(s[i]); i += 1 }
                i += 1
                scalar = Self.decode(entity + ";").unicodeScalars.first!
            }
            out.append(scalar)
            count += 1
            if current != nil {
                current!.length += 1
                current!.text.unicodeScalars.append(scalar)
            }
        }
        text = String(out)
    }

    /// The `</div>` that closes a `<div>` whose content starts at `from` (nested divs skipped).
    static func closingDiv(in html: String, from: String.Index) -> Range<String.Index>? {
        var depth = 0
        var at = from
        while let close = html.range(of: "</div>", range: at..<html.endIndex) {
            var inner = at
            while let open = html.range(of: "<div", range: inner..<close.lowerBound) {
                depth += 1
                inner = open.upperBound
            }
            if depth == 0 { return close }
            depth -= 1
            at = close.upperBound
        }
        return nil
    }

    /// Decodes the five entities the writer emits.
    static func decode(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The value of `name="…"` in one tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return decode(String(tag[r.upperBound..<end]))
    }

    /// Every value of `name="…"` in a page.
    static func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { part in
            part.firstIndex(of: "\"").map { decode(String(part[..<$0])) }
        }
    }
}
