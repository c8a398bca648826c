import Foundation

/// Picks the attachment links of a report or listing page (issue 22): an `<a>` whose target's path ends in an
/// attachment extension, or whose text names such a file (`附件：2023年度报告.pdf`) while saying 附件/下载 —
/// on the page's own host only, as pages are fetched. Fetch follows them and the attachment becomes its own
/// document, linked to its page.
public enum AttachmentLinks {
    /// The extensions of the files an attachment link points to.
    public static let extensions: Set<String> = ["pdf", "doc", "docx", "wps", "ofd"]
    /// Words in a link's text that mark it as an attachment download.
    public static let cueWords = ["附件", "下载"]

    /// The attachment links among `links` of the page at `pageURL`, first occurrence of each URL, in order.
    public static func find(in links: [HTMLLink], pageURL: URL) -> [HTMLLink] {
        guard let host = pageURL.host?.lowercased() else { return [] }
        var seen = Set<String>()
        var out: [HTMLLink] = []
        for link in links {
            guard let url = URL(string: link.url), url.host?.lowercased() == host, url.absoluteString != pageURL.absoluteString
            else { continue }
            let byTarget = extensions.contains(SourceResolver.fileExtension(url.path))
            let byText = cueWords.contains { link.text.contains($0) }
                && extensions.contains(SourceResolver.fileExtension(link.text.trimmingCharacters(in: .whitespaces)))
            if (byTarget || byText) && seen.insert(link.url).inserted { out.append(link) }
        }
        return out
    }
}
