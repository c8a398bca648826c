import Foundation
import Testing
@testable import GovReportsCore

/// Forty-five whole reports (`Resources/reports-blind/docs`: the four report kinds, four GBK and one GB18030, two without a title,
/// six extracted from PDFs, one markdown export, a central ministry's) with
/// gold in `../shared/gold`'s format (`reports-blind/gold`), each batch written before the program was run on it.
/// e01–e06, on the main of that day: quantities R 109/112 (spaced groups `3 756件` left out), metadata 53/54,
/// indicators 11/15. e07–e12, written after those fixes: quantities P 0.99 (1 spurious), R 99/99, metadata 53/54,
/// indicators 0.92/0.86 (one wrong). e13–e16, written after those: quantities P 0.98 R 31/32 (`176万标箱` without its
/// unit), metadata 34/36, indicators 1 wrong of 2. e17–e24 (round 4, on main 8e99ce4): quantities P 1.000 R 149/149
/// (approx differs only on the two new `以内` bounds), metadata 71/72 (e18's agency), chrome 13/13, title 8/8, body
/// 101/101, indicators P 0.93 (39/42: 3 wrong) R 0.975 (39/40); after the plan-section fix P 0.975 (39/40: e17's
/// drafted document) R 0.975 (e22's 化解43件), and with the verb-clause trigger R 1.000. e25–e34 (round 5, on main ad964b2,
/// first run): quantities P 0.98 (3 spurious: a table's unit cell `万吨` read as 1万吨) R 148/151 (numbers split by a PDF
/// line wrap, `3,12⏎6项`), metadata 84/90, chrome 5/12 (PDF page numbers and running headers kept), title 11/12,
/// indicators P 0.98 (1 spurious) R 44/50. Scoring more indicator ids (round 5's gold annotates 8 more) made e01–e24 list
/// those ids too (21 instances, adjudicated by reading the sentences). e35–e37 (round 6, on main 875eafc, first run): three
/// more PDF texts hard-wrapped at one width mid-number (`1,2⏎34项`, `12.⏎5%`), mid-unit (`3,460万⏎元`, `万平方⏎米`,
/// `0.5⏎个工作日`), mid-trigger (`行政复⏎议申请`) and across page furniture: quantities R 38/58 (P 0.95: `420人⏎2⏎次` read as
/// 420人 and `3,205.7万平方` read as 万平方, two wrong values), indicators P 0.40 R 2/10; with `HardWrapJoiner` (which also reads e25's and e34's wraps) quantities R 58/58 with no
/// spurious, indicators P 0.82 (9/11) R 9/10 (a 其中 sub-count, a disclosure lawsuit, a clause without its trigger). This suite holds what the fixes reached, so a regression shows.
/// Indicators are scored against the whole codebook's id list (`IndicatorScope.codebook`), not the ids the gold happens to
/// annotate, so adding gold for a new id cannot change how other reports are scored; switching found two unannotated
/// legal-aid counts (e05's 412件, e10's 5 860件), adjudicated right by reading the sentences and added to the gold.
/// bq8 (round 8, a convention made one): e30's and e35's gold count the accepted count after the received one
/// (`收到…64件，受理58件`) and the codebook now reads it (`repeat_verbs`); e17's gold, written earlier, listed only the
/// received 47 of `收到行政复议申请47件，受理42件`, so its 42 was added (the panel's max is 47 either way).
/// e38–e44 (round 8, gold written first; on main 71a6fca, first run): two 政府工作报告 (one under an autonomous
/// prefecture's short name), a GBK 统计公报 with its two issuers on two lines, a 信息公开 report whose 第二十条 and
/// review tables are flattened to space-aligned columns, a bulletin with no title and its issuer at the foot, a bulletin
/// with two flattened tables and a 注 list, a 法治政府建设 report whose 发布时间/来源 fields follow the title on its
/// line: quantities P 1.000 R 161/161 (no spurious; e42's `5.5%以内` one more bound convention), metadata 62/63 (e44's
/// title, lost with the field line), chrome 1/1, title 6/6, body 109/109, indicators P 12/12 R 12/14 (e40's
/// `本年新收申请64件` under a 收到和处理政府信息公开申请 heading, e44's `审核…规范性文件14件、行政合同协议63份`); with
/// `FieldLineTitle` metadata 63/63, with the `、` list's head verb (`IndicatorMatcher.listHead`) indicators R 13/14
/// (e40's miss is a convention clash with e02 and e26, see `indicatorDisagreements`). e45 (gold written after those
/// fixes, first run on 4fb4660: a flush hard-wrapped PDF text under a 文件 masthead, short last lines ending
/// paragraphs, one past page furniture, a wrap inside `10%以⏎上`): quantities 19/19, metadata 9/9, chrome 3/3, title
/// 2/2, body 24/24, indicators 8/8 (its masthead and number stay in the body, which the gold allows as furniture).
/// e46–e51 (round 9, gold written first; on main 1b1691f, first run): a two-column PDF text read column by column (a
/// 专栏 box mid-sentence, wraps mid-number at a narrow width), an OCR'd report (mixed-width digits, full-width thousands
/// commas, stray spaces inside numbers `1 2 6件` and before units `万 元`, `O` for 0 in dates), a report whose text tables
/// carry units in their cells under a header line, a hard-wrapped 信息公开 report with four page-number forms, a
/// two-column bulletin flattened side by side, a bulletin with spaced Latin runs (`412.36 亿元`) and 〇 years:
/// quantities P 0.886 (F1 0.879) R 124/142 (17 spurious, 9 of them wrong values: `1 2 6件` read as 6件, a column's `1⏎2.3%` as
/// 2.3%, `38,64⏎2元` as 2元, bare `亿元` opening a column line, `七星区` as 七星), metadata 52/54, chrome 7/13, title 8/9,
/// body 143/143, indicators P 23/30 R 23/33. With `strayGroupsEnd`, `placeNames` and mixed-form page chains:
/// quantities P 0.956 (131/137) R 131/142 (the six spurious all e50's folded columns), metadata 52/54, chrome 11/13,
/// title 8/9, body 143/143, indicators P 29/32 R 29/33.
@Suite struct ReportsBlindTests {
    /// The blind set's folder.
    static var root: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("reports-blind")
    }

    /// Matched mentions whose approx differs from the gold, all by convention: the gold, following its README's
    /// marker list, leaves bounds unmarked (`3%以内`, `5%以内`, `5.5%以内`, `1个工作日以内`, `不低于95%`, `不足10人`, `不足5名`, `4.5%以内`, `5.5%以内`),
    /// while `approx.json` records them as 以下, 以上 and 不足 so a researcher can tell a bound from a count.
    /// Round 5 adds e32's `不少于３０场` and e33's `5.5%以内`.
    /// Round 6 adds e35's `不低于15%` and e37's `5.5%以内`; round 8 e42's `5.5%以内`.
    static let boundConventionDisagreements = 14

    /// Gold indicators the codebook reads otherwise: `立案查处各类案件1 126起` is `enforcement_cases` (its trigger
    /// 立案查处), where the gold, written first, called it `penalty_cases`. (e07's `开展法治讲座15场次` is found since
    /// bq8: a legal lecture with no official or study audience named is publicity_events, the owner's convention.)
    /// (Round 4's miss, `受理信访事项45件，化解43件`, is found since: the verb's clause takes its noun from the sentence.)
    /// Two more are the codebook's design: a reconsideration or lawsuit over disclosure (e09's
    /// `因政府信息公开被申请行政复议1件`, e18's) is no `reconsideration_cases`/`litigation_cases` instance, because the
    /// disclosure panel counts those and a rule-of-law report's counts are agency-wide; the gold, written first,
    /// listed them.
    /// Round 8's e40 gold lists `本年新收申请64件` (in `三、收到和处理政府信息公开申请情况`, after the explicit
    /// `收到政府信息公开申请64件`) as a second info_requests instance; e02's `本年度新收申请4件` and e26's `本年新收申请39件`,
    /// the same sentence under the same heading in gold written first by two other rounds, are not listed, and the
    /// codebook's definition reads an instance from its own clause, which names no 信息公开. A heading-noun rule
    /// (the clause's 申请 read as its heading's 信息公开申请) found e40's and made e02's and e26's spurious, so it was not
    /// kept: the e40 entry is this convention clash, left in the gold as written.
    static let indicatorDisagreements = 4

    /// Gold indicators missed by document, each an open class (round 5).
    // (e25's `3,12⏎6项`, `1,0⏎48件` and `办理行政复议案件⏎…⏎27件`, e34's `公开申⏎请5件` and `年度检⏎查`, split by a
    // PDF's hard wrap, are read since: `HardWrapJoiner`.)
    // (Round 6's hard wraps (`1,2⏎34项`, `行政复⏎议`, `2,0⏎[page]⏎15件`) are read since; e30's `收到行政复议申请64件，
    // 受理58件` and e35's `…46件，受理41件`, whose accepted count's clause holds only the verb, since bq8: `repeat_verbs`.)
    // (Round 8's e44, `审核区政府及部门规范性文件14件、行政合同协议63份`, the second object of a 、 list under the
    // first's verb, is read since: `IndicatorMatcher.listHead`.)
    static let knownIndicatorMissed: [String: Int] = [
        // Round 9: `收到各类行政复议申请⏎[a 专栏 box's lines]⏎132件，依法受理121件`: the box splits the sentence.
        "e46": 2,
        // Round 9: `备案审查各⏎街道报送的规范性文件2 6件` and `发放宣传资料3.6万 份` (the stray-spaced counts, `1 8件`,
        // `5 ，219件`, `1 4 2场`, are read since: `strayGroupsEnd`).
        "e47": 2,
        // (Round 9's e49, `清理规范性文件1,3⏎[page number, running head]⏎05件`, is read since: page numbers whose
        // marked form changes between pages chain, `TextPageFurniture.chainedStyles`.)
    ]

    /// Indicator values the program takes that the gold does not list, by document, each an open class.
    static let knownIndicatorSpurious: [String: String] = [
        // (e17's 代区政府起草规范性文件3件 gives nothing since: drafting for another body is not issuing.)
        // `更新“双随机、一公开”专栏信息860余条`: updates to a column, which the gold does not count as disclosed.
        "e31": "column updates read as info_disclosed",
        // (Round 9's e47, the tail of a stray-spaced count read as the count, `1 8件` as 8件, is fixed since.)
        // Round 9: `行政复议案件 27件 31件` under `类别 本年度 上年度`: the prior year's cell read as an instance.
        "e48": "a text table's prior-year cell read as an instance",
        // Round 9: `2025年将组织开展业务培训3期，培训人员200人次以上` outside a 下一步 section: a plan read as done.
        "e49": "a future year's plan sentence read as an instance",
        // (Fixed in bq8: e35's `其中当场处罚案件312件`, a part of the 2,015 penalty cases in the sentence before the `；`,
        // is no second instance; e36's `因政府信息公开被申请行政复议2件，被提起行政诉讼1件` gives no litigation_cases,
        // as the subject-less 被 clause shares the words before 被 of the clause before it.)
        // Fixed since: e21's 我厅将制定出台规范性文件2件以上 and e22's 每月至少开展1次法治讲座 sit in a 下一步 section
        // (`PlanExtent`), so they are commitments, no instance.
    ]

    /// Mentions the program takes that the gold does not list: `镇村两级` (two tiers, a Chinese-numeral count the
    /// gold's README would rather call optional than wrong).
    /// (e27's table unit cells `| 万吨 |`, read as 1万吨 on the first run, are unit labels since: `isWholeCell`.)
    /// (Round 6's first run read `420人⏎2⏎次`, page furniture between, as 420人 and `3,205.7万平方⏎米` as 万平方: wrong
    /// values; the joined wraps read them whole since.)
    /// Round 9 (first run): a two-column line's halves read across the gutter (`21.4  …⏎亿元` → 亿元, `1⏎2.3%` → 2.3%,
    /// `38,64⏎2元` → 2元, `亿元以上项目`); the place name `七星区`, read as 7 星, is no quantity since (`placeNames`). (The tails of stray-spaced OCR numbers,
    /// `1 8件` → 8件, `5 ，219件` → 219件, `1 86 家` → 86家, and the magnitude after doubted groups, `2 316.5 万人次` →
    /// 万人次, are no value since: `strayGroupsEnd`, `pastMagnitudes`.)
    static let spuriousKnown = ["两级", "亿元以上", "亿元", "亿元", "亿元", "2元", "2.3%"]

    /// Must mentions missed: none. (e25's `3,12⏎6项`, `1,0⏎48件`, `180余⏎卷` and round 6's 20 wrapped values, missed on
    /// their first runs, are read since: `HardWrapJoiner` joins a hard-wrapped text's lines into paragraphs.)
    /// (e49's `1,3⏎[page]⏎05件` is read since: its page furniture is known.)
    /// Round 9 (first run): the padded numbers of a text that sets spaces around every Latin run (`企业 1 86 家`, doubted
    /// as cells could be; e47's stray-spaced `1 2 6件` are read since: `strayGroupsEnd`), and the two-column bulletin's
    /// numbers cut by the column wrap (normalize folds the gutter to one space, so no column is known).
    static let missedKnown: [String] = ["21.4⏎亿元", "98.3⏎亿元", "267.0亿元", "1⏎2.3%", "182.5亿⏎元",
                                        "96.8⏎亿元", "38,64⏎2元", "1 86 家", "2 316.5 万人次", "52 318 元", "6 240 人"]

    /// The documents of `indicatorDisagreements`, one each.
    static let disagreementDocs: Set<String> = ["e06", "e09", "e18", "e40"]

    /// Chrome or title lines known to stay in the body, by document, each an open class.
    // (e25's and e34's PDF page numbers and running headers go since: `TextPageFurniture`; e30's title under a 文件
    // masthead and a document number is found and leaves the body since: `DocumentHead`.)
    static let knownChrome: [String: String] = [
        // Round 9 (first run).
        "e46": "an agency line over a title line at a narrow column width: no title found",
        // (e49's page numbers in four forms, `— 1 —`, `第2页/共4页`, `·3·`, `-4-`, and its running header go since.)
        "e50": "a one-page text's `- 1 -`: one number proves no paging",
        "e51": "a running header printed once (two pages, the first under the title)",
    ]

    /// Metadata fields known to be wrong, by document, and the class each belongs to.
    static let knownMetadata: [String: String] = [
        // A convention, not a bug: for a 统计公报 the issuer's date under the title is the day it was released, so
        // the project reads it as both published and signed (m69, m70, m76, m101, TextHeadTests); this gold,
        // written first, left published null for a text with no page date line.
        "e13": "the bulletin's issuer date under the title is also read as published (the project's convention)",
        // (e27's markdown head, `# ` on the title and `**…**` on the issuer and date, is read since: `MarkdownMarks`.)
        // (e30's two-line title under a 文件 masthead and a document number is found since: `DocumentHead`.)
        // (e32's publication date in full-width digits, `２０２５－０１－１５`, is read since: `FullWidthDate`.)
        // Round 9 (first run).
        "e46": "an agency line over a title line at a narrow column width: no title found",
        "e47": "an OCR'd signature date with O for 0 (`2O25年2月2O日`)",
        // (Round 8's e44, a title followed by the page's 发布时间/来源/浏览次数 fields on its line and removed with
        // them, is read since: `FieldLineTitle`.)
    ]

    /// Every must quantity found, nothing spurious but the known, every metadata field, chrome and body line right.
    @Test func wholeReports() throws {
        let report = try Evaluator(pipeline: CleanUnseenLayoutsTests.pipeline, indicatorScope: .codebook)
            .evaluate(documents: Self.root.appendingPathComponent("docs"), gold: Self.root.appendingPathComponent("gold"))
        #expect(report.documents.count == 51)
        for doc in report.documents { #expect(doc.error == nil, "\(doc.doc): \(doc.error ?? "")") }
        let q = report.quantities
        #expect(q.prf.required > 500)
        #expect(report.documents.flatMap { $0.quantities?.missed ?? [] } == Self.missedKnown)
        #expect(report.documents.flatMap { $0.quantities?.spurious ?? [] } == Self.spuriousKnown)
        #expect(q.matched - q.approxAgree == Self.boundConventionDisagreements)
        #expect(q.valueMaxAgree == q.matched)
        #expect(report.metadataFields == 459)
        for doc in report.documents {
            let m = try #require(doc.metadata, "\(doc.doc): no metadata score")
            if let why = Self.knownMetadata[doc.doc] {
                withKnownIssue(Comment(rawValue: why)) { #expect(m.mismatches.isEmpty, "\(doc.doc): \(m.mismatches)") }
            } else {
                #expect(m.mismatches.isEmpty, "\(doc.doc): \(m.mismatches)")
            }
        }
        let c = report.chrome
        #expect(c.chromeLines == 88 && c.titleLines == 57 && c.bodyKept == c.bodyLines && c.bodyLines == 798, "\(c.problems)")
        for doc in report.documents {
            guard let d = doc.chrome else { continue }
            if let why = Self.knownChrome[doc.doc] {
                withKnownIssue(Comment(rawValue: why)) { #expect(d.chromeRemoved == d.chromeLines && d.titleRemoved == d.titleLines, "\(doc.doc)") }
            } else {
                #expect(d.chromeRemoved == d.chromeLines && d.titleRemoved == d.titleLines, "\(doc.doc): \(d.problems)")
            }
        }
        for doc in report.documents {
            guard let i = doc.indicators else { continue }
            if let why = Self.knownIndicatorSpurious[doc.doc] {
                withKnownIssue(Comment(rawValue: why)) { #expect(i.matchedForPrecision == i.extracted, "\(doc.doc)") }
            } else {
                #expect(i.matchedForPrecision == i.extracted, "\(doc.doc): \(i.extracted - i.matchedForPrecision) spurious")
            }
        }
        for doc in report.documents {
            guard let i = doc.indicators else { continue }
            #expect(i.required - i.matchedRequired == Self.knownIndicatorMissed[doc.doc, default: 0] + (Self.disagreementDocs.contains(doc.doc) ? 1 : 0), "\(doc.doc)")
        }
        #expect(report.indicators.required - report.indicators.matchedRequired
            == Self.indicatorDisagreements + Self.knownIndicatorMissed.values.reduce(0, +))
        // Scored against the whole codebook, so no instance escapes scoring.
        #expect(report.unscoredIndicators.isEmpty)
    }
}
