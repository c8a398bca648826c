import Foundation

/// Where each metadata field of a document came from, as far as the stage records show it: the page's own title
/// and date fields (clean), title lines in the text (normalize), or the text itself (extract), with the text offset
/// of its first occurrence when the value stands there literally.
struct MetadataProvenance {
    /// One field of the page's metadata table.
    struct Row {
        /// Column name in `documents.csv`.
        let field: String
        /// The value as exported; nil when unknown.
        let value: String?
        /// Where it came from, in words.
        let origin: String
        /// Offset (Unicode scalars) of the value's first literal occurrence in the normalized text, if any.
        let textOffset: Int?
    }

    /// The rows, in `documents.csv` column order.
    let rows: [Row]

    /// Works the provenance out from the extract record and, when readable, the clean record.
    init(document d: ExtractedDocument, page: PageMetadata?) {
        let m = d.metadata
        let text = d.text
        func offset(_ value: String?) -> Int? {
            guard let value, !value.isEmpty else { return nil }
            return Self.scalarOffset(of: value, in: text)
        }
        func titleOrigin() -> String {
            guard let title = m.title else { return "no title line in the text and no page title" }
            let folded = WidthFolder.fold(title)
            if let a = page?.articleTitle, WidthFolder.fold(a) == folded {
                return "page metadata: <meta ArticleTitle> / og:title (title lines in the text are struck through)"
            }
            if let h = page?.htmlTitle, WidthFolder.fold(h) == folded {
                return "page metadata: the <title> element, site name removed"
            }
            return "title lines at the top of the text (struck through below)"
        }
        let inferred = d.diagnostics.contains { $0.code == .regionInferred }
        let regionOrigin = inferred
            ? "inferred from place names in the text (the agency name names no place)"
            : "the agency's (or title's) place names, looked up in the GB/T 2260 division table"
        let year = m.reportYear.map(String.init)
        var yearOrigin = "not found"
        if let year {
            if m.title?.contains(year + "年") == true { yearOrigin = "the title (\(year)年)" } else if offset(year + "年") != nil {
                yearOrigin = "the text (\(year)年 near the start or in the headings)"
            } else { yearOrigin = "the publication or signature date (the year before)" }
        }
        var publishedOrigin = "not found"
        if let p = m.published, p == page?.published {
            publishedOrigin = "page metadata: a PubDate-like <meta> or a 发布时间/发布日期 line (struck through as chrome when in the text)"
        } else if m.published != nil {
            publishedOrigin = "the text"
        }
        let agencyAt = offset(m.agency)
        var agencyOrigin = "not found"
        if let agency = m.agency {
            if m.signed != nil, let at = agencyAt, at > d.chars / 2 {
                agencyOrigin = "the signature at the end of the text"
            } else if m.title?.contains(agency) == true {
                agencyOrigin = "the title"
            } else if agencyAt != nil {
                agencyOrigin = "the text"
            } else if let label = page?.sourceLabel, agency.hasSuffix(label) || label.hasSuffix(agency) {
                agencyOrigin = "the page's 来源 field (\(label)), completed with the region"
            } else {
                agencyOrigin = "the title or signature, completed with the region"
            }
        }
        rows = [
            Row(field: "title", value: m.title, origin: titleOrigin(), textOffset: nil),
            Row(field: "agency", value: m.agency, origin: agencyOrigin, textOffset: agencyAt),
            Row(field: "province", value: m.province, origin: m.province == nil ? "not found" : regionOrigin, textOffset: nil),
            Row(field: "city", value: m.city, origin: m.city == nil ? "not found" : regionOrigin, textOffset: nil),
            Row(field: "county", value: m.county, origin: m.county == nil ? "not found" : regionOrigin, textOffset: nil),
            Row(field: "division_code", value: m.divisionCode,
                origin: m.divisionCode == nil ? "not found" : "GB/T 2260 code of the most specific division", textOffset: nil),
            Row(field: "admin_level", value: m.adminLevel?.rawValue,
                origin: m.adminLevel == nil ? "not found" : "the level of the agency's division", textOffset: nil),
            Row(field: "report_year", value: year, origin: yearOrigin, textOffset: nil),
            Row(field: "published", value: m.published, origin: publishedOrigin, textOffset: nil),
            Row(field: "signed", value: m.signed,
                origin: m.signed == nil ? "not found" : "the date under the signature at the end of the text", textOffset: nil),
            Row(field: "encoding", value: d.encoding, origin: "clean's charset decision (transport hint, BOM, <meta>, UTF-8 check)",
                textOffset: nil),
        ]
    }

    /// Scalar offset of the first occurrence of `needle` in `text`, searched as UTF-8 bytes (a match of whole
    /// well-formed UTF-8 starts on a scalar boundary).
    static func scalarOffset(of needle: String, in text: String) -> Int? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        var text = text
        return text.withUTF8 { hay -> Int? in
            guard hay.count >= n.count else { return nil }
            var scalars = 0
            for i in 0...(hay.count - n.count) {
                let b = hay[i]
                if b == first, n.indices.allSatisfy({ hay[i + $0] == n[$0] }) { return scalars }
                if b & 0xC0 != 0x80 { scalars += 1 }
            }
            return nil
        }
    }
}
