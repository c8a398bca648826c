import Testing
@testable import GovReportsCore

/// Offsets, mention text and subjects of matches.
@Suite struct QuantityMatchDetailTests {
    /// Offsets are Unicode scalars into the scanned text, end exclusive, hedge included.
    @Test func reportsScalarOffsets() throws {
        let text = "全年共约谈企业约30家。"
        let match = try #require(sharedQuantityScanner.scan(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(match.start == 7)
        #expect(match.end == 11)
        #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == "约30家")
        #expect(match.text == "约30家")
        #expect(match.approx == "约")
    }

    /// Offsets stay right after characters outside the BMP.
    @Test func countsAstralCharactersAsOneScalar() throws {
        let text = "𠀋社区新建10家"
        let match = try #require(sharedQuantityScanner.scan(text).first)
        #expect(match.start == 5)
        #expect(match.text == "10家")
    }

    /// The subject is the counted noun after the classifier, or the phrase before the number.
    @Test(arguments: [
        ("办理行政许可295件,", "行政许可"),
        ("新建10家综合性养老服务中心。", "综合性养老服务中心"),
        ("对14家社会组织进行评估。", "社会组织"),
        ("护理型床位占比达到72%。", "护理型床位占比"),
        ("与3家有限公司签订合同。", "有限公司"),
        ("共收到行政复议申请 86 件,", "行政复议申请"),
        ("在全县就业人数增长1.5万的基础上,新增岗位。", "全县就业人数"),
    ])
    func cutsSubjects(_ sentence: String, _ subject: String) throws {
        let match = try #require(sharedQuantityScanner.scan(sentence).first)
        #expect(match.subject == subject)
    }

    /// Mentions come out in text order, one per number.
    @Test func keepsTextOrder() {
        let found = sharedQuantityScanner.scan("审结8件,维持2件;应诉案件5件,已审结4件。")
        #expect(found.map(\.value) == [8, 2, 5, 4])
        #expect(found.map(\.start) == found.map(\.start).sorted())
    }

    /// The same scanner serves many documents and concurrent callers.
    @Test func isReusableAcrossDocuments() async {
        let results = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { sharedQuantityScanner.scan("新建10家,培训200人次。").count } }
            var counts: [Int] = []
            for await count in group { counts.append(count) }
            return counts
        }
        #expect(results == [Int](repeating: 2, count: 8))
    }
}
