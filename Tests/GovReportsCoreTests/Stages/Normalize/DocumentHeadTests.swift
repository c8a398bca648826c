import Testing
@testable import GovReportsCore

/// The furniture above an official document's title: mastheads, issuer lines, marks and numbers. Invented lines.
@Suite struct DocumentHeadTests {
    /// Masthead lines: issuer names closed by 文件, the word alone, letter-spaced; nothing else ending with 文件.
    @Test func mastheadShapes() {
        #expect(DocumentHead.isMasthead("甲县人民政府文件"))
        #expect(DocumentHead.isMasthead("中共甲县委办公室 甲县人民政府办公室文件"))
        #expect(DocumentHead.isMasthead("文件"))
        #expect(DocumentHead.isMasthead("甲县人民政府　文　件"))
        #expect(DocumentHead.isMasthead("甲市发展和改革委员会文件"))
        // A title or a sentence naming documents is no masthead.
        #expect(!DocumentHead.isMasthead("关于废止部分规范性文件"))
        #expect(!DocumentHead.isMasthead("甲县2024年度规范性文件"))
        #expect(!DocumentHead.isMasthead("全年清理规范性文件"))
        #expect(!DocumentHead.isMasthead("甲县人民政府文件汇编"))
    }

    /// A number alone or beside its signer is read; a signer line without a number, or a sentence, is not.
    @Test func numberBesideSigner() {
        #expect(DocumentHead.number(in: "甲政报〔2025〕4号") == "甲政报〔2025〕4号")
        #expect(DocumentHead.number(in: "甲政报〔2025〕4号　　签发人：某某") == "甲政报〔2025〕4号")
        #expect(DocumentHead.number(in: "甲政报[2025]4号 签发人:某某、某甲") == "甲政报[2025]4号")
        #expect(DocumentHead.number(in: "签发人：某某") == nil)
        #expect(DocumentHead.number(in: "甲政报〔2025〕4号 签发人：") == nil)
        #expect(DocumentHead.number(in: "根据甲政报〔2025〕4号签发人的意见，开展工作。") == nil)
    }

    /// Issuer lines count as furniture only when a masthead word or a number follows them.
    @Test func furnitureCountVariesWithWhatFollows() {
        // Masthead, number: the issuer line under the number is the title's first line.
        #expect(DocumentHead.furnitureCount(["甲县人民政府文件", "甲府文〔2025〕6号", "甲县人民政府", "关于2024年度工作情况的报告"]) == 2)
        // Joint issuers over a line 文件.
        #expect(DocumentHead.furnitureCount(["中共甲县委办公室", "甲县人民政府办公室", "文件", "甲党办发〔2025〕2号", "关于2024年度工作情况的报告"]) == 4)
        // Issuer lines followed by a title and no masthead word: nothing.
        #expect(DocumentHead.furnitureCount(["中共甲县委", "甲县人民政府", "关于2024年度工作情况的报告"]) == 0)
        // A mark above the number.
        #expect(DocumentHead.furnitureCount(["特急", "甲政发〔2025〕3号", "甲县人民政府关于2024年度工作情况的报告"]) == 2)
        // A title first: nothing, even with a number under it.
        #expect(DocumentHead.furnitureCount(["甲县人民政府关于2024年度工作情况的报告", "（甲府报〔2025〕2号）"]) == 0)
    }

    /// The title under each furniture form, over two and three lines; the number goes to `docNumber` through
    /// `HeadDocumentNumber`, past the masthead.
    @Test func titleAndNumberUnderFurniture() {
        let forms: [([String], String, String)] = [
            (["甲县人民政府文件", "甲府文〔2025〕6号", "甲县人民政府", "关于2024年度法治政府建设情况的报告"],
             "甲县人民政府关于2024年度法治政府建设情况的报告", "甲府文〔2025〕6号"),
            (["中共甲县委办公室", "甲县人民政府办公室", "文件", "甲党办发〔2025〕2号", "关于2024年度法治政府建设", "工作情况的报告"],
             "关于2024年度法治政府建设工作情况的报告", "甲党办发〔2025〕2号"),
            (["甲县人民政府文件", "甲府呈（2025）5号", "甲县人民政府关于", "2024年度法治政府建设", "工作情况的报告"],
             "甲县人民政府关于2024年度法治政府建设工作情况的报告", "甲府呈（2025）5号"),
            (["甲政报〔2025〕4号　签发人：某某", "甲县人民政府关于2024年度", "法治政府建设情况的报告"],
             "甲县人民政府关于2024年度法治政府建设情况的报告", "甲政报〔2025〕4号"),
        ]
        for (lines, title, number) in forms {
            let m = TitleMerger().merge(lines: lines + ["乙市人民政府：", "2024年，县政府全面推进依法行政。"], pageTitle: nil)
            #expect(m.title == title)
            #expect(HeadDocumentNumber.find(in: m.body.joined(separator: "\n")) == number)
        }
    }

    /// A report opening with its agency and a sentence keeps no number: the agency line is no masthead.
    @Test func noNumberWithoutOne() {
        #expect(HeadDocumentNumber.find(in: "甲县人民政府\n2024年，县政府全面推进依法行政，办理甲政发〔2024〕3号文件。") == nil)
    }
}
