import Testing
@testable import GovReportsCore

/// Digits of one number parted by an OCR'd scan's stray spaces (`1 2 6件`, `4 1件`, `5 ，219件`): read whole inside a
/// sentence with a doubt that names them, doubted where the groups could be cells, and never cut so that the last
/// group alone becomes the value.
@Suite struct QuantityStraySpaceTests {
    /// Groups of any width between an ideograph or a CJK mark and a glued unit, multiplier or hedge are one number.
    static let read: [C] = [
        C("对1 2 6件现行规范性文件进行清理。", doubt: .quantityStraySpaces, q(126, "件")),
        C("办理行政应诉案件4 1件。", doubt: .quantityStraySpaces, q(41, "件")),
        C("审核规范性文件1 8件，废止3件。", doubt: .quantityStraySpaces, q(18, "件"), q(3, "件")),
        C("调解矛盾纠纷5 ，219件。", doubt: .quantityStraySpaces, q(5219, "件")),
        C("直接纠错率为1 2.5%。", doubt: .quantityStraySpaces, q(12.5, "%")),
        C("挽回经济损失23 0.5万元。", doubt: .quantityStraySpaces, q(2_305_000, "元")),
        C("开展普法活动1 4 2场次。", doubt: .quantityStraySpaces, q(142, "场次")),
        C("培训约1 2 0人次。", doubt: .quantityStraySpaces, q(120, "人次", approx: "约")),
        // 年 after a group that is no calendar year is a span (工作12年).
        C("从事执法工作1 2年。", doubt: .quantityStraySpaces, q(12, "年")),
    ]

    /// Groups after a space or at a line start, or with a space before the unit, may be cells: no value, a doubt,
    /// and no magnitude read on its own after them.
    static let doubted: [C] = [
        C("限额以上企业 1 86 家。", doubt: .quantitySplitNumber),
        C("合计 1 2 6件。", doubt: .quantitySplitNumber),
        C("1 2 6件。", doubt: .quantitySplitNumber),
        C("受理申请1 2 6 件。", doubt: .quantitySplitNumber),
        C("接待游客 2 316.5 万人次。", doubt: .quantitySplitNumber),
    ]

    /// Numbers side by side that are separate: a date and a count, cells with their own units, an ordinal, a
    /// number with no unit, a code: no join, no doubt.
    static let apart: [C] = [
        C("2023年 12 月，办理案件6件。", q(6, "件")),
        C("行政复议案件 27件 31件", q(27, "件"), q(31, "件")),
        C("名列第3 100家企业参评。", q(100, "家")),
        C("表1 2024年执法数据"),
        C("增长 6.1 %，新增 3 家。", q(6.1, "%"), q(3, "家")),
        C("2024 年 12 月末，共有经营主体 6.83 万户。", q(68_300, "户")),
        C("电话12345 67"),
        C("附表3 2025年1月起施行。"),
        // A flattened table row: the bare first cell, then cells with units (the tail is a cell of its own).
        C("上年结转申请数量 2 0件 0件 0件 — 0件 2", q(0, "件"), q(0, "件"), q(0, "件"), q(0, "件")),
        C("申请数量2 0件 0件", q(0, "件"), q(0, "件")),
    ]

    /// Stray-spaced digits inside prose are read, with the doubt that names them.
    @Test(arguments: read) func readsStraySpacedNumbers(_ c: C) { expectPipelineQuantities(c) }
    /// Stray-spaced digits that could be cells stay doubted, and their tail is no value.
    @Test(arguments: doubted) func doubtsCellLikeDigits(_ c: C) { expectPipelineQuantities(c) }
    /// Separate numbers are not joined.
    @Test(arguments: apart) func keepsSeparateNumbersApart(_ c: C) { expectPipelineQuantities(c) }
}
