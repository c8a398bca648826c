/// Decides whether an input is HTML: by its source's extension, or by markup at the start of the text.
enum HTMLSniffer {
    /// Tags whose presence marks a `<`-initial input as HTML.
    static let markerTags: [[UInt8]] = ["html", "body", "div", "p"].map { Array($0.utf8) }

    /// How far into the text to look for marker tags.
    static let scanLimit = 64 * 1024

    /// True for `.html`/`.htm`/`.shtml` sources, or text that starts with `<` and holds `<html`/`<body`/`<div`/`<p` tags.
    static func isHTML(source: String, utf8: [UInt8]) -> Bool {
        var path = Substring(source.lowercased())
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        if path.hasSuffix(".html") || path.hasSuffix(".htm") || path.hasSuffix(".shtml") { return true }
        return utf8.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x0C) {
                i += 1
            }
            guard i < bytes.count, bytes[i] == 0x3C else { return false }
            let end = min(bytes.count, scanLimit)
            while i < end {
                if bytes[i] == 0x3C {
                    for tag in markerTags where i + tag.count + 1 < end {
                        var k = 0
                        while k < tag.count && (bytes[i + 1 + k] | 0x20) == tag[k] { k += 1 }
                        if k == tag.count {
                            let after = bytes[i + 1 + k]
                            if after == 0x3E || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D || after == 0x2F {
                                return true
                            }
                        }
                    }
                }
                i += 1
            }
            return false
        }
    }
}
