import Testing
@testable import GovReportsCore

/// Digits grouped by spaces (GB/T 15835's `3 756`): read as one number inside a sentence, doubted where the groups
/// could be table cells side by side, and never cut so that the last group alone becomes the value.
@Suite struct QuantitySpacedGroupTests {
    /// Groups between an ideograph or a CJK mark and a glued unit, multiplier or hedge are one number.
    static let read: [C] = [
        C("调解纠纷3 756件，成功率98%。", doubt: .quantitySpacedGroups, q(3756, "件"), q(98, "%")),
        C("共办理案件1 234 567件。", doubt: .quantitySpacedGroups, q(1_234_567, "件")),
        C("受教育群众约3 756人。", doubt: .quantitySpacedGroups, q(3756, "人", approx: "约")),
        C("收缴罚没款2 486.5万元。", doubt: .quantitySpacedGroups, q(24_865_000, "元")),
        C("立案查处各类案件1 126起，结案率96.4%。", doubt: .quantitySpacedGroups, q(1126, "起"), q(96.4, "%")),
        C("全年收到申请：1 024件。", doubt: .quantitySpacedGroups, q(1024, "件")),
        C("恢复林地（1 350公顷）。", doubt: .quantitySpacedGroups, q(1350, "公顷")),
    ]

    /// Groups after a space or at a line start, or with a space before the unit, may be cells: no value, a doubt.
    static let doubted: [C] = [
        C("合计 1 234件。", doubt: .quantitySplitNumber),
        C("1 234件。", doubt: .quantitySplitNumber),
        C("受理申请1 234 件。", doubt: .quantitySplitNumber),
        // Before, the last group alone became the value (486.5万元 out of 2 486.5万元).
        C("合计 2 486.5万元。", doubt: .quantitySplitNumber),
    ]

    /// Spaced groups inside prose are read, with the doubt that names them.
    @Test(arguments: read) func readsGroupsInProse(_ c: C) { expectPipelineQuantities(c) }
    /// Spaced groups that could be cells side by side stay doubted.
    @Test(arguments: doubted) func doubtsCellLikeGroups(_ c: C) { expectPipelineQuantities(c) }
}
