import Foundation
import Testing
@testable import GovReportsCore

/// Attachment links of a report page: by target extension or by a 附件/下载 text naming a file; same host only.
@Suite struct AttachmentLinksTests {
    /// A page with attachments in the usual forms, an off-host file, a page link and a duplicate.
    @Test func picksAttachmentsOnTheSameHost() throws {
        let html = """
        <html><body><div id="zoom"><p>正文</p>
        <p>附件：<a href="/files/2023年度报告.pdf">2023年度法治政府建设情况报告.pdf</a></p>
        <p><a href="down.jsp?id=7">附件下载：统计表.docx</a></p>
        <p><a href="/files/a.DOC">旧版</a> <a href="/files/b.wps#p">WPS版</a></p>
        <p><a href="https://cdn.example.net/x.pdf">镜像</a> <a href="/col/col3/art9.html">下一篇</a>
        <a href="/files/2023年度报告.pdf">再次</a> <a href="/list.html">下载中心</a></p>
        </div></body></html>
        """
        let page = try #require(URL(string: "http://gov.example.cn/art/2024/1/5/art_1.html"))
        let links = LinkExtractor.links(in: Data(html.utf8), pageURL: page, charset: "utf-8")
        let found = AttachmentLinks.find(in: links, pageURL: page)
        #expect(found.map(\.url) == [
            "http://gov.example.cn/files/2023%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf",
            "http://gov.example.cn/art/2024/1/5/down.jsp?id=7",
            "http://gov.example.cn/files/a.DOC",
            "http://gov.example.cn/files/b.wps",
        ])
    }
}
