import Testing
@testable import GovReportsCore

/// A bare magnitude and unit alone in a table cell is the column's unit label (round 5's markdown bulletin read
/// `| 万吨 |` as 1万吨); the same words with a digit, a hedge or prose around them stay quantities.
@Suite struct QuantityUnitCellTests {
    /// Unit cells under every bound a flattened table uses: no quantity, only the row's own figures.
    static let unitCells: [QuantityCase] = [
        QuantityCase("| 粮食总产量 | 万吨 | 24.8 |"),
        QuantityCase("｜蔬菜产量｜万吨｜61.3｜"),
        QuantityCase("肉类总产量\t万吨\t9.6"),
        QuantityCase("粮食总产量      万吨        24.8"),
        QuantityCase("常住人口　万人　86.3"),
        QuantityCase("万元"),
        QuantityCase("| 一般公共预算收入 | 亿元 | 51.6亿元 |", .init(5.16e9, "元", .money)),
    ]

    /// The same words that are quantities: with a digit, hedged, or in prose (one space is a word gap).
    static let quantities: [QuantityCase] = [
        QuantityCase("| 粮食总产量 | 24.8万吨 |", .init(248_000, "吨", .other)),
        QuantityCase("| 受益群众 | 近万人 |", .init(10_000, "人", .count, approx: "近")),
        QuantityCase("新增产能 百万吨。", .init(1_000_000, "吨", .other)),
        QuantityCase("| 新引进项目 | 亿元以上 |", .init(1e8, "元", .money, approx: "以上")),
    ]

    /// Unit cells give nothing.
    @Test(arguments: unitCells) func skipsUnitCells(_ testCase: QuantityCase) { expectQuantities(testCase) }
    /// Quantities around them are kept.
    @Test(arguments: quantities) func keepsQuantities(_ testCase: QuantityCase) { expectQuantities(testCase) }
}
