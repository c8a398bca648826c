/// The addresses a page says it lives at, best first: the fetched URL, then `og:url` / `url` metas, then the
/// `<link rel="canonical">` href (read from the raw markup, as `ParserInputTrimmer` drops `href` before parsing).
enum PageAddress {
    /// Meta keys that carry the page's own address.
    static let metaKeys = ["og:url", "url", "canonical"]

    /// The candidate addresses; `markup` is scanned only when asked (a date was missing).
    static func candidates(record: FetchRecord, metaTags: [String: String], markup: [UInt8]) -> [String] {
        var out: [String] = []
        for address in [record.finalURL, record.source] {
            if let address, address.hasPrefix("http://") || address.hasPrefix("https://") { out.append(address) }
        }
        for key in metaKeys { if let v = metaTags[key], !v.isEmpty { out.append(v) } }
        if let canonical = canonicalHref(in: markup) { out.append(canonical) }
        return out
    }

    /// The href of the first `<link rel="canonical">` in the markup's head, or nil.
    static func canonicalHref(in utf8: [UInt8]) -> String? {
        let tag = Array("link".utf8)
        let n = utf8.count
        var i = 0
        while i < n {
            guard utf8[i] == 0x3C else { i += 1; continue }
            // `<body`: the head is over (a canonical link lives in the head).
            if EmbeddedDocumentScanner.hasName(Array("body".utf8), in: utf8, at: i + 1) { return nil }
            guard EmbeddedDocumentScanner.hasName(tag, in: utf8, at: i + 1) else { i += 1; continue }
            let start = i + 1 + tag.count
            var end = start
            while end < min(n, start + EmbeddedDocumentScanner.maxTagBytes) && utf8[end] != 0x3E { end += 1 }
            if let rel = EmbeddedDocumentScanner.attributeValue(Array("rel".utf8), in: utf8, from: start, to: end),
               rel.lowercased() == "canonical",
               let href = EmbeddedDocumentScanner.attributeValue(Array("href".utf8), in: utf8, from: start, to: end) {
                return href
            }
            i = end
        }
        return nil
    }
}
