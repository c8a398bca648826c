import CLibXML2
import Foundation

/// A libxml2 HTML document parsed from well-formed UTF-8; the tree is freed when this object goes away.
/// Clean parses with `PageParser` (SAX, no tree); this is the yardstick `bench parser` times, and holds
/// the parser options both share.
final class HTMLDocument {
    /// The parsed tree.
    let doc: htmlDocPtr
    /// Why libxml2 stopped before the end of the input (its own message), or nil when it read everything.
    let haltReason: String?

    /// Initialises libxml2 once per process, which makes per-call parsing thread-safe.
    static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parser options: no network, recover from broken markup, silence diagnostics, never trust the page's own charset.
    /// `XML_PARSE_HUGE` lifts libxml2's size limits and its tree builder's 256-level nesting limit, past which it
    /// silently drops the rest of the page; the input is already capped by `clean.maxInputBytes`, so the limits it
    /// relaxes cannot run away.
    static let options: Int32 = Int32(bitPattern:
        HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
        | UInt32(XML_PARSE_HUGE.rawValue))

    /// Parses `utf8` as HTML in UTF-8; nil when libxml2 builds no tree or the input is too large for it.
    /// `options` is only varied by tests (to provoke libxml2's depth limit).
    init?(utf8: [UInt8], options: Int32 = HTMLDocument.options) {
        _ = HTMLDocument.parserReady
        guard !utf8.isEmpty, utf8.count < Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let parsed = utf8.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
        // xmlHaltParser leaves the parser in the EOF state; a normal end does not, so this is libxml2 giving up.
        if context.pointee.instate == XML_PARSER_EOF {
            let message = context.pointee.lastError.message.map { String(cString: $0) } ?? "parser halted"
            haltReason = message.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            haltReason = nil
        }
    }

    /// Frees the tree.
    deinit {
        xmlFreeDoc(doc)
    }

    /// The root element (`<html>`), if any.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(doc)
    }
}
