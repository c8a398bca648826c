import Foundation
import Testing
@testable import GovReportsCore

/// Whole report pages in HTML (`Resources/pages-blind`, h01–h15, `expected.jsonl` in the samples' format), written
/// before the program was run on them: Word-export spans that split numbers (`4</span><span>7件`), `&nbsp;` around
/// numbers, a statistics table with a unit column, `<br>` lines beside a sidebar, a work report's targets. On the
/// main of that day: quantities 53/53 with nothing spurious, page checks 64/66, metadata 32/36. h05–h07 (table
/// layout with `<font>` and full-width digits as entities, `<li>` with `<strong>` numbers, unit spans and footnote
/// `<sup>`s), written after the first fixes: quantities 29/30 (128家次 read as 128家), page checks 44/44,
/// metadata 26/27. h08–h15 (round 4: a Vue page whose body is only in `window.__INITIAL_STATE__`, `<section>` cards,
/// a disclosure report with prose and a small table, a statistics bulletin with an indicator table and a trailing 注释
/// block, a date in the breadcrumb line, a long 相关附件 list and a QR block, a bilingual header, `<span style>` lines
/// with `&emsp;` indents) on main 8e99ce4: quantities 139/140 with 2 spurious over h01–h15 (h08 not scored: no body
/// text), page checks 219/220, metadata 124/126 over the 14 scored pages; after this round's fixes (session ordinals,
/// 分贝, breadcrumb dates) 140/140 with nothing spurious, 220/220, 125/126. A page whose failure is known runs under
/// `withKnownIssue`, so that fixing it shows. h16–h25 (round 5: a disclosure report whose six-part tables are
/// rowspan-heavy and nested in a layout table, a bulletin with three tables and a 注 block, a provincial department
/// whose title has no province, a town government, header fields in a vertical label/value table with no headline,
/// GB18030 bytes under a UTF-8 meta charset, a short mobile template, a body split in pager `<div>`s, an audit
/// report with footnote markers and an 附件 list, a date only in the canonical URL), first run on main ad964b2:
/// quantities 248/248 found, 257 extracted (spurious 三类, 四类, 两级, 亿元以上), metadata 211/216 over h01–h25,
/// page checks 341/343, disclosure cells 200/200. After this round (三类/四类/两级/亿元以上 marked optional, as
/// `../shared/gold` marks that class; header-table 标题 and 发文日期; the body from a script's JSON state, h08):
/// quantities 255/255 with none spurious, metadata 222/225, page checks 357/357, disclosure 200/200; with branch
/// agencies (h14) metadata 223/225. h26–h31 (round 6: an elder-mode toolbar with 字号 大 中 小 and `<div>` paragraphs,
/// a 信息公开 report in nested layout `<td>`s with `<font>` and a `2024/1/25` date, a work report dated `2024年1月22日
/// 星期一` with a 相关文章 list, a statistics bulletin with a `2024/3/5` date and an attachment list with download
/// counts, a meta bar with 来源, 作者 and 阅读量 and 上一篇/下一篇 links, a `<title>` with the headline last behind
/// `|`s), first run on main f6f46c2: quantities 75/75 with none spurious, metadata 49/54, page checks 4 failing
/// over the six pages (the title's column kept, a subtitle taken for the headline, 星期一 and 下载次数 kept). After
/// this round (a place name's scalars do not end an agency's name, 从化区; the `<title>`'s column before the site
/// name; a dash-led subtitle is no headline; a weekday date line is page information; the site name as the fuller
/// agency): quantities 75/75, metadata 54/54, page checks all but the attachment's download counter (h29). h32–h37
/// (round 8: GB18030 bytes whose charset is only in a `meta http-equiv`, in an old table layout with 点击：【312】次
/// and 【字体：大 中 小】; a 信息公开 index table above a headline `<div>` with only a class and the full 2021 tables;
/// an unmarked `<h2>` headline under a site-only `<title>` with a 相关阅读 list; attachment lines with counters in
/// three bracket forms; an `<h2>` headline after sidebar `<h2>` boxes; header fields in a `<ul>` and a 【大】【中】【小】
/// toolbar), first run on main 71a6fca: quantities 81/81 with one spurious (h35's `（下载：23次）`), metadata 54/54,
/// page checks 113/116 (h35's three counters kept), disclosure 200/200 cells with its check. After the counter cut
/// (`AttachmentCounter`: a download/click/view counter after a file's name leaves the line, the name stays), h29 and
/// h35 pass: over h01–h37 quantities 411/411 with none spurious, metadata 331/333, page checks 564/564. h38–h43
/// (round 9: one `<div id="zoom">` of `<br>` lines in `<font>` with `&nbsp;` indents under a `<font><b>` headline;
/// a mobile template with an open-the-app banner, 展开全文, a like counter, 返回顶部 and a bottom tab bar, its meta
/// bar two unlabelled spans (source, date with time); an image with a caption line and a 附件 list of three files;
/// header fields 标题/发文机关/发文字号/成文日期/发布日期 in a label/value `<table>` under a site-only `<title>`; a
/// headline repeated in the breadcrumb, `<h1>` with a dash `<h3>` subtitle and a speaker `<h3>`, 责任编辑/审核/校对
/// and prev/next after the body; no title anywhere and `<h2>` section headings in the body), first run on main
/// 1b1691f: quantities 76/76 with none spurious, metadata 50/54 (h38's signed date under a `<div align=right>`
/// after the zoom box; h39's agency and date from the unlabelled meta bar; h43's first section heading taken as
/// the title), page checks 109/110 (h39's date). h38's signer and date lines were also missing from the body. After
/// this round (signature boxes after the body are body; the first of several section headings is no title; an organ
/// span glued to a numeric stamp dates the page): h38–h43 quantities 76/76, metadata 54/54, page checks 110/110;
/// over h01–h43 quantities 487/487 with none spurious, metadata 385/387, page checks 674/674, disclosure 400/400.
@Suite struct PagesBlindTests {
    /// The pages' folder.
    static var folder: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("pages-blind")
    }

    /// Pages with known failures, by file stem, and the class each belongs to.
    static let known: [String: String] = [
        "h23-paged-divs-pager": "the agency is the source label's 办公室, not the government whose report it is",
        "h25-date-only-in-url": "the agency is the source label's 办公室, not the government whose page it is",
    ]

    /// Every must quantity found and nothing spurious, every page check and metadata field right.
    @Test func everyPage() throws {
        let report = try Evaluator(pipeline: CleanUnseenLayoutsTests.pipeline).evaluate(documents: Self.folder, gold: nil)
        #expect(report.documents.count == 43)
        for doc in report.documents {
            // The whole check runs under a known issue for a known page: a page the cleaner rejects has no scores.
            let check = {
                #expect(doc.error == nil, "\(doc.doc): \(doc.error ?? "")")
                let q = try #require(doc.quantities, "\(doc.doc): no quantity score")
                #expect(q.missed.isEmpty && q.spurious.isEmpty, "\(doc.doc): missed \(q.missed), spurious \(q.spurious)")
                #expect((doc.pageFailures ?? []).isEmpty, "\(doc.doc): \(doc.pageFailures ?? [])")
                let m = try #require(doc.metadata, "\(doc.doc): no metadata score")
                #expect(m.mismatches.isEmpty, "\(doc.doc): \(m.mismatches)")
            }
            if let why = Self.known[doc.doc] { withKnownIssue(Comment(rawValue: why)) { try check() } } else {
                // Only a failed #require throws, and it has recorded its issue: go on to the next page.
                do { try check() } catch {}
            }
        }
    }
}
