import Testing
@testable import GovReportsCore

/// Display-setting toolbars (zoom with 还原/恢复, background colour and eye-care colour labels), page-visit counters
/// of a page (`本页面已被访问 3021 次`), QR labels and share prompts are whole chrome lines inside the body's box;
/// body sentences with the same words stay. Invented lines.
@Suite struct DisplayToolbarLineTests {
    /// The bundled line filter.
    static func filter() throws -> ChromeLineFilter { try Cleaner(config: CleanConfig()).lineFilter }

    /// Toolbar and counter lines in the forms the rules cover.
    @Test func toolbarsAndCountersGo() throws {
        let filter = try Self.filter()
        for line in ["放大 缩小 还原", "【放大】【缩小】【恢复默认】", "视力保护色：", "背景色：", "字体：[ 大 中 小 ]　背景色：",
                     "字号：大 中 小 | 背景颜色："] {
            #expect(filter.rule(for: line) == "print-close", "\(line)")
        }
        for line in ["本页面已被访问 3021 次", "本网页已被浏览1203次", "该页面被访问：56", "此页已被阅读 12 次"] {
            #expect(filter.rule(for: line) == "counter", "\(line)")
        }
    }

    /// A QR label naming the page (`本文二维码：`) and a share prompt to a phone (`分享到手机`) are chrome too; a
    /// sentence or a numbered heading with the words stays.
    @Test func qrLabelsAndPhoneShareGo() throws {
        let filter = try Self.filter()
        for line in ["本文二维码：", "本页二维码", "当前页 手机扫码", "文章手机版："] {
            #expect(filter.rule(for: line) == "qr-prompt", "\(line)")
        }
        #expect(filter.rule(for: "分享到手机") == "share")
        #expect(filter.rule(for: "分享到：微信 手机 QQ空间") == "share")
        for line in ["本文二维码已在各村公示栏张贴。", "（二）手机版政务服务平台建设", "手机版政务服务平台上线运行"] {
            #expect(filter.rule(for: line) == nil, "\(line)")
        }
    }

    /// Sentences and headings that use the words stay.
    @Test func bodyWithTheWordsStays() throws {
        let filter = try Self.filter()
        for line in ["全年网站累计访问126万次", "本页面已被访问3021次，较上年增长12%。", "还原事实真相，依法公正处理",
                     "恢复生产经营秩序", "（二）背景色彩鲜明的宣传栏", "背景：2023年以来，全县持续推进依法行政",
                     "本页面访问量较上年增长"] {
            #expect(filter.rule(for: line) == nil, "\(line)")
        }
    }
}
