import CLibXML2
import Foundation

/// A libxml2 XML tree parsed from bytes (a DOCX part, pdftotext's XHTML word boxes); freed with this object.
final class XMLTree {
    /// The parsed document.
    let doc: xmlDocPtr

    /// No network, no entity expansion (an attachment is untrusted), no parser chatter; `HUGE` because a long
    /// report's word-box file passes libxml2's default text-node limits, and the input is already size-capped.
    static let options: Int32 = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_HUGE.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_RECOVER.rawValue)

    /// Parses `bytes` as XML; nil when libxml2 builds no tree.
    init?(bytes: [UInt8]) {
        _ = HTMLDocument.parserReady
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlReadMemory(chars, Int32(buffer.count), nil, nil, XMLTree.options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    /// Frees the tree.
    deinit {
        xmlFreeDoc(doc)
    }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }

    /// The element children of `node`, in order.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    /// The element's local name (without its namespace prefix).
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The value of the attribute with local name `name`, whatever its namespace.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { govreports_xmlFree(value) }
        return String(cString: value)
    }

    /// The first element child named `name`.
    static func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        children(node).first { XMLTree.name($0) == name }
    }

    /// The node's whole text content.
    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { govreports_xmlFree(content) }
        return String(cString: content)
    }
}
