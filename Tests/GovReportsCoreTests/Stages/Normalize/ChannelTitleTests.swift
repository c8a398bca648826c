import Testing
@testable import GovReportsCore

/// A page whose `<title>` names only its channel (`部门动态`) and no headline: that `<title>` is not its title; the
/// text's own title line is, or none. A short real title (`政府工作报告`), a longer `<title>`, one with a digit, and a
/// text file keep the `<title>`'s place. Invented titles.
@Suite struct ChannelTitleTests {
    /// A cleaned HTML page (or text, with `isHTML` false) with only a `<title>`.
    func cleaned(_ text: String, htmlTitle: String?, isHTML: Bool = true) -> CleanedDocument {
        CleanedDocument(docID: "d", source: "d.html", sha256: "x", encoding: "utf-8", isHTML: isHTML,
                        page: PageMetadata(htmlTitle: htmlTitle), text: text, removed: [], diagnostics: [])
    }

    /// The normalize stage.
    let stage = NormalizeStage(config: NormalizeConfig())

    /// Channel names are no title; a body title line under one is taken instead, with a `title-channel-only` note.
    @Test func channelTitleIsNoTitle() {
        for channel in ["部门动态", "信息公开", "通知公告", "工作动态", "法治政府建设"] {
            let n = stage.normalize(cleaned("2023年，我局认真落实各项任务。\n一、主要成效", htmlTitle: channel))
            #expect(n.title == nil, "\(channel)")
            #expect(n.diagnostics.contains { $0.code == .titleChannelOnly }, "\(channel)")
        }
        let withLine = stage.normalize(cleaned("某县司法局2023年法治政府建设年度报告\n2023年，我局认真落实各项任务。", htmlTitle: "部门动态"))
        #expect(withLine.title == "某县司法局2023年法治政府建设年度报告")
    }

    /// Titles that name a document, and text files, are taken as before.
    @Test func documentTitlesStay() {
        for title in ["政府工作报告", "2023年统计公报", "某县2023年工作要点", "某县关于开展普法宣传活动的通知", "年度工作情况"] {
            let n = stage.normalize(cleaned("2023年，我局认真落实各项任务。", htmlTitle: title))
            #expect(n.title == title, "\(title)")
            #expect(!n.diagnostics.contains { $0.code == .titleChannelOnly }, "\(title)")
        }
        let text = stage.normalize(cleaned("2023年，我局认真落实各项任务。", htmlTitle: "部门动态", isHTML: false))
        #expect(text.title == "部门动态")
    }
}
