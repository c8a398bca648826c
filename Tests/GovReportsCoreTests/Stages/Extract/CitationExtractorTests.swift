import Testing
@testable import GovReportsCore

/// `《》` titles with kinds and document numbers with every bracket form.
@Suite("CitationExtractor")
struct CitationExtractorTests {
    /// The extractor over the bundled rules.
    private let extractor = try! CitationExtractor.bundled()

    /// Every bracket form folds to 〔〕 with issuer, year and serial.
    @Test(arguments: [
        ("印发(厦海政办〔2022〕12号)。", "厦海政办", 2022, 12, "厦海政办〔2022〕12号"),
        ("见黔江府办﹝2019﹞48号文", "黔江府办", 2019, 48, "黔江府办〔2019〕48号"),
        ("(黔江民政发[2019]25号)", "黔江民政发", 2019, 25, "黔江民政发〔2019〕25号"),
        ("(浙政发【2020】7号)", "浙政发", 2020, 7, "浙政发〔2020〕7号"),
        ("(苏民规(2021)3号)", "苏民规", 2021, 3, "苏民规〔2021〕3号"),
        ("(国办发〔2015〕008号)", "国办发", 2015, 8, "国办发〔2015〕008号"),
    ])
    func docNumberBrackets(text: String, issuer: String, year: Int, serial: Int, normalized: String) {
        let c = extractor.extract(text).filter { $0.kind == .docNumber }
        #expect(c.count == 1)
        #expect(c.first?.issuer == issuer)
        #expect(c.first?.year == year)
        #expect(c.first?.serial == serial)
        #expect(c.first?.normalized == normalized)
    }

    /// Offsets are in scalars and cover issuer through `号`; a verb before the issuer is not part of it.
    @Test func docNumberOffsetsAndIssuerBoundary() {
        let text = "印发了厦海政办〔2022〕12号文件"
        let c = extractor.extract(text)
        #expect(c.count == 1)
        #expect(c[0].issuer == "厦海政办")
        #expect(c[0].charStart == 3)
        #expect(c[0].charEnd == 3 + "厦海政办〔2022〕12号".unicodeScalars.count)
        #expect(c[0].text == "厦海政办〔2022〕12号")
    }

    /// A verb written right before the issuer is not part of it.
    @Test func verbBeforeIssuer() {
        let c = extractor.extract("区政府印发厦海政办〔2022〕12号,转发闽政〔2021〕3号")
        #expect(c.map(\.issuer) == ["厦海政办", "闽政"])
    }

    /// A bare number has no issuer; years and amounts in brackets are not document numbers.
    @Test func bareAndFalseDocNumbers() {
        let c = extractor.extract("根据〔2022〕1号文件,(2022)年,(共12件)")
        #expect(c.count == 1)
        #expect(c[0].issuer == nil)
        #expect(c[0].normalized == "〔2022〕1号")
    }

    /// Title kinds from the ending, after stripping `(试行)`-style qualifiers.
    @Test(arguments: [
        ("行政许可法", "法"), ("中华人民共和国宪法", "法"), ("民法典", "法"), ("民办非企业单位登记管理暂行条例", "条例"),
        ("关于健全完善科学民主决策制度的规定", "规定"), ("广东省行政执法公示办法(试行)", "办法"), ("临时救助实施细则", "细则"),
        ("关于加强和完善城乡社区治理的实施意见", "意见"), ("关于开展评估工作的通知", "通知"), ("三事分流工作机制实施方案", "方案"),
        ("全面推进依法行政实施纲要", "纲要"), ("全面推进依法行政五年规划", "规划"), ("2018年依法行政工作计划", "计划"),
        ("办理群众来信工作规则", "其他"), ("五步工作法", "其他"), ("养老服务条例(草案)", "条例"), ("工作要点", "其他"),
    ])
    func titleKinds(title: String, kind: String) {
        let c = extractor.extract("根据《\(title)》要求")
        #expect(c.count == 1)
        #expect(c.first?.text == title)
        #expect(c.first?.titleKind == kind)
    }

    /// Nested titles give the outer and the inner citation, numbered in text order.
    @Test func nestedTitles() {
        let c = extractor.extract("转发《关于印发《社会救助暂行办法》的通知》。")
        #expect(c.map(\.text) == ["关于印发《社会救助暂行办法》的通知", "社会救助暂行办法"])
        #expect(c.map(\.titleKind) == ["通知", "办法"])
        #expect(c.map(\.citation) == [1, 2])
        #expect(c[0].charStart == 2)
        #expect(c[1].charStart == 7)
    }

    /// An unclosed bracket does not swallow the next line.
    @Test func unclosedTitleStopsAtLineEnd() {
        let c = extractor.extract("《未闭合\n《行政处罚法》")
        #expect(c.map(\.text) == ["行政处罚法"])
    }
}
