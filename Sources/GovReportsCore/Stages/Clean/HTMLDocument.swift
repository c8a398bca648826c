import CLibXML2

/// A libxml2 HTML document parsed from well-formed UTF-8; the tree is freed when this object goes away.
final class HTMLDocument {
    /// The parsed tree.
    let doc: htmlDocPtr

    /// Initialises libxml2 once per process, which makes per-call parsing thread-safe.
    static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parser options: no network, recover from broken markup, silence diagnostics, never trust the page's own charset.
    static let options: Int32 = Int32(bitPattern:
        HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses `utf8` as HTML in UTF-8; nil when libxml2 builds no tree or the input is too large for it.
    init?(utf8: [UInt8]) {
        _ = HTMLDocument.parserReady
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
        let parsed = utf8.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", HTMLDocument.options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit {
        xmlFreeDoc(doc)
    }

    /// The root element (`<html>`), if any.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(doc)
    }
}
