import CLibXML2
import Foundation

/// Reads the links of an HTML page with libxml2, decoding with the charset we determined (never libxml2's guess).
public enum LinkExtractor {
    /// Labels that all mean "a GBK-family page"; GB18030 is their superset and decodes real "gb2312" pages intact.
    static let gbLabels: Set<String> = ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312-80", "euc-cn"]

    /// Every `<a href>` of `data` resolved against the page URL (or its `<base href>`), in document order.
    public static func links(in data: Data, pageURL: URL, charset: String?) -> [HTMLLink] {
        let encoding = libxmlEncoding(charset ?? sniffMetaCharset(data))
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), pageURL.absoluteString,
                                  encoding, options)
        }
        guard let doc = parsed else { return [] }
        defer { xmlFreeDoc(doc) }
        var base = pageURL
        var out: [HTMLLink] = []
        // Iterative walk: deeply nested government pages must not overflow the stack.
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(doc) { stack.append(root) }
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, let cname = node.pointee.name {
                let name = String(cString: cname).lowercased()
                if name == "base", let href = attribute(node, "href"), let url = URL(string: href, relativeTo: pageURL) {
                    base = url.absoluteURL
                } else if name == "a", let href = attribute(node, "href"), let url = resolve(href, against: base) {
                    out.append(HTMLLink(url: url, text: collapse(content(node))))
                }
            }
            // Push children in reverse so they pop in document order.
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child {
                children.append(c)
                child = c.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return out
    }

    /// Resolves an href to an absolute http(s) URL without fragment; nil for javascript:, mailto:, `#…` and the like.
    static func resolve(_ href: String, against base: URL) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let escaped = trimmed.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["#", "%"])) ?? trimmed
        guard let url = URL(string: escaped, relativeTo: base)?.absoluteURL,
              var components = URLComponents(url: url, resolvingAgainstBaseURL: true),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        components.fragment = nil
        return components.url?.absoluteString
    }

    /// An attribute's value, freed through the shim.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { govreports_xmlFree(value) }
        return String(cString: value)
    }

    /// The text content of a node and its descendants.
    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { govreports_xmlFree(value) }
        return String(cString: value)
    }

    /// Collapses runs of whitespace (including U+3000 and NBSP) to one space and trims.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The libxml2 encoding name for a charset label; UTF-8 when unknown.
    static func libxmlEncoding(_ charset: String?) -> String {
        guard let label = charset?.lowercased() else { return "UTF-8" }
        if gbLabels.contains(label) { return "GB18030" }
        if label == "big5" { return "BIG5" }
        return "UTF-8"
    }

    /// The charset a `<meta>` declares in the first 2 KiB, if any.
    static func sniffMetaCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        guard let range = head.range(of: #"charset\s*=\s*["']?([a-z0-9_\-]+)"#, options: .regularExpression) else {
            return nil
        }
        let match = head[range]
        guard let eq = match.firstIndex(of: "=") else { return nil }
        return match[match.index(after: eq)...].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
    }
}
