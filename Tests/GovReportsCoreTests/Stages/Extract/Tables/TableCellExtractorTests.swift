import Foundation
import Testing
@testable import GovReportsCore

/// Table cells as rows: values only where the whole cell is one number, headers by position, and quantities in a
/// cell named by its headers.
@Suite struct TableCellExtractorTests {
    /// The in-memory chain with the default configuration.
    static let pipeline: StageChain = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! StageChain(config: PipelineConfig(), baseDirectory: root)
    }()

    /// The extractor with the bundled quantity rules.
    static let extractor = TableCellExtractor(scanner: QuantityScanner(rules: try! QuantityRules.bundled(extraStoplist: [])))

    @Test func valuesParseOnlyWholeNumbers() {
        let e = Self.extractor
        #expect(e.value("15767")?.value == 15767 && e.value("15767")?.unit == nil)
        #expect(e.value("6.25")?.value == 6.25)
        #expect(e.value("1,234")?.value == 1234)
        #expect(e.value("１，２３４")?.value == 1234)
        #expect(e.value("-3.2")?.value == -3.2)
        #expect(e.value("18.6%")?.value == 18.6 && e.value("18.6%")?.unit == "%")
        #expect(e.value("251000元")?.value == 251000 && e.value("251000元")?.unit == "元")
        #expect(e.value(" 12 件 ")?.value == 12)
        #expect(e.value("1.5万元")?.value == 15000 && e.value("1.5万元")?.unit == "元")
        for text in ["", "—", "约5件", "5件左右", "3-5", "12,34", "1,2345", "2024年7月8日", "浙金罚决字〔2024〕52号",
                     "罚款56万元", "5件和6件", "三", "1.2.3", "12件。", "万吨", "亿元", "十二件"] {
            #expect(e.value(text) == nil, "\(text)")
        }
    }

    /// A report with a statistics table.
    static let page = """
        <html><head><meta charset="utf-8"><title>某县2023年政府信息公开工作年度报告</title></head><body>
        <div id="zoom"><p>一、主动公开政府信息情况</p><p>全年主动公开政府信息320条，比上年增加15条。</p>
        <table><tr><td>项目</td><td>本年收费金额（万元）</td><td>本年处理决定数量</td></tr>
        <tr><td>行政事业性收费</td><td>251000元</td><td>12件</td></tr>
        <tr><td>行政处罚</td><td></td><td>3</td></tr></table>
        <p>二、存在的主要问题</p><p>公开质量有待提升。</p></div></body></html>
        """

    @Test func cellsCarryHeadersAndValues() throws {
        let x = try Self.pipeline.run(Array(Self.page.utf8), source: "t.html").extracted
        let cells = x.tableCells
        #expect(cells.count == 9)
        let fee = try #require(cells.first { $0.text == "251000元" })
        #expect(fee.table == 1 && fee.row == 2 && fee.col == 2)
        #expect(fee.value == 251000 && fee.unit == "元")
        #expect(fee.rowHeader == "行政事业性收费" && fee.colHeader == "本年收费金额（万元）" && !fee.isHeader)
        let label = try #require(cells.first { $0.text == "行政处罚" })
        #expect(label.isHeader && label.rowHeader == nil && label.colHeader == "项目")
        let blank = try #require(cells.first { $0.row == 3 && $0.col == 2 })
        #expect(blank.text == "" && blank.value == nil)
        #expect(cells.first { $0.row == 3 && $0.col == 3 }?.value == 3)
        // A quantity inside a cell counts what its headers name; one in prose keeps the scanner's subject.
        let inCell = try #require(x.quantities.first { $0.text == "12件" })
        #expect(inCell.subject == "行政事业性收费 / 本年处理决定数量")
        let prose = try #require(x.quantities.first { $0.text == "320条" })
        #expect(prose.subject != nil && !(prose.subject ?? "").contains(" / "))
        // The row is one line of the text.
        #expect(x.text.contains("行政事业性收费 251000元 12件"))
    }

    @Test func recordsRoundTripThroughTheCodec() throws {
        let x = try Self.pipeline.run(Array(Self.page.utf8), source: "t.html").extracted
        #expect(!x.tableCells.isEmpty)
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(RecordJSONWriter.encode(x) == [UInt8](try e.encode(x)))
        #expect(try ExtractRecordReader.decode(RecordJSONWriter.encode(x)) == x)
    }

    @Test func tableRowsAreNoHeadings() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>某县2023年政府信息公开工作年度报告</title></head><body>
            <div id="zoom"><p>一、总体情况</p><p>全年主动公开政府信息320条。</p>
            <p>二、主动公开政府信息情况</p><p>详见下表。</p>
            <p>三、收到和处理政府信息公开申请情况</p>
            <table><tr><td>项目</td><td>自然人</td><td>总计</td></tr>
            <tr><td>一、本年新收政府信息公开申请数量</td><td>12</td><td>12</td></tr>
            <tr><td>二、上年结转政府信息公开申请数量</td><td>1</td><td>1</td></tr>
            <tr><td>三、本年度办理结果</td><td>10</td><td>10</td></tr>
            <tr><td>四、结转下年度继续办理</td><td>3</td><td>3</td></tr></table>
            <p>四、政府信息公开行政复议、行政诉讼情况</p><p>全年无行政复议。</p></div></body></html>
            """
        let x = try Self.pipeline.run(Array(page.utf8), source: "t.html").extracted
        let top = x.sections.filter { $0.level == 1 }.map(\.title)
        #expect(top.count == 4)
        #expect(top.last?.hasPrefix("政府信息公开行政复议") == true)
        #expect(!top.contains { $0.hasPrefix("结转下年度") })
    }

    @Test func unitLabelsAreNoQuantities() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>某县2023年统计公报</title></head><body>
            <div id="zoom"><p>一、农业</p><p>全年粮食总产量6.8万吨，比上年增长1.3%。</p>
            <table><tr><td>产品</td><td>单位</td><td>产量</td></tr>
            <tr><td>粮食</td><td>万吨</td><td>6.82</td></tr><tr><td>茶叶</td><td>吨</td><td>3,216</td></tr>
            <tr><td>收费金额（万元）</td><td>万元</td><td>12</td></tr></table>
            <p>二、工业</p><p>全年工业增加值比上年增长5.2%。</p></div></body></html>
            """
        let x = try Self.pipeline.run(Array(page.utf8), source: "t.html").extracted
        #expect(x.quantities.map(\.text) == ["6.8万吨", "1.3%", "5.2%"])
        #expect(x.quantities.map(\.mention) == [1, 2, 3])
        #expect(x.tableCells.first { $0.text == "万吨" }?.value == nil)
        #expect(x.tableCells.first { $0.text == "3,216" }?.value == 3216)
        #expect(x.tableCells.first { $0.text == "3,216" }?.rowHeader == "茶叶")
    }
}
