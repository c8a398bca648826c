import Testing
@testable import GovReportsCore

/// A page rendered by script whose article is only in an inline script's JSON state gets that article as its body
/// (pages-blind h08), with its date and source; a page with a body of its own, or a script with no article-sized
/// HTML string, is left alone.
@Suite struct ScriptStateBodyTests {
    /// An article long enough to be one, as HTML.
    static let article = "<p>2023年，某区民政局坚持依法行政，全年修订内部管理制度9项，办理行政许可事项126件，"
        + "发放城乡低保金2356.8万元，惠及困难群众1.2万人次。</p><p>一、健全制度体系。对照法律法规清理规范性文件，"
        + "废止不适应改革要求的文件3件，编制权责清单并向社会公开。</p><p>二、规范执法行为。落实行政执法公示、"
        + "执法全过程记录和重大执法决定法制审核制度，全年开展执法检查21次，组织执法培训4期。</p>"
        + "<p>三、存在的问题。基层执法力量相对薄弱，执法人员专业能力仍需提升，下一步将加强培训和考核。</p>"

    /// `text` as a JSON string's content, with `<`/`>` as `\u003c`/`\u003e` as Vue and Nuxt write them.
    static func jsonEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
    }

    /// Cleans one page.
    static func clean(_ html: String) throws -> CleanedDocument {
        try CleanFixtures.cleaner().clean(Array(html.utf8), record: CleanFixtures.record("s.html"))
    }

    /// `window.__INITIAL_STATE__` with escaped markup: body, date and source from the state, and the diagnostic.
    @Test func initialStateWithEscapes() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>某区民政局2023年法治政府建设工作情况报告_某区人民政府</title>
        <script>window.__INITIAL_STATE__={"site":{"nav":["首页","政务公开"],"footer":"主办：某区人民政府办公室"},"article":{"title":"某区民政局2023年法治政府建设工作情况报告","publishTime":"2024-02-06 10:30:00","source":"某区民政局","content":"\(Self.jsonEscaped(Self.article))"},"related":[{"title":"某区召开民政工作会议","url":"/a/1.html"}]};</script>
        </head><body><div id="app"></div><noscript>您的浏览器不支持JavaScript，请开启后浏览本站</noscript>
        <script src="/static/js/app.js"></script></body></html>
        """
        let out = try Self.clean(html)
        #expect(out.text.contains("全年修订内部管理制度9项"))
        #expect(out.text.contains("下一步将加强培训和考核"))
        #expect(!out.text.contains("u003c") && !out.text.contains("publishTime") && !out.text.contains("主办："))
        #expect(out.page.published == "2024-02-06")
        #expect(out.diagnostics.contains { $0.code == .bodyFromScriptState })
    }

    /// A `<script type="application/json">` blob with raw markup, `\"` and `\n` escapes and a surrogate pair.
    @Test func jsonScriptWithRawMarkup() throws {
        let body = Self.article.replacingOccurrences(of: "</p><p>", with: "</p>\\n<p class=\\\"txt\\\">")
            + "<p>附：\\ud83d\\udcc4 说明</p>"
        let html = """
        <html><head><meta charset="utf-8"><title>某区民政局工作报告</title></head><body><div id="__next"></div>
        <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"doc":{"publishDate":"2024/03/05","html":"\(body)"}}}}</script>
        </body></html>
        """
        let out = try Self.clean(html)
        #expect(out.text.contains("废止不适应改革要求的文件3件"))
        #expect(out.text.contains("\u{1F4C4}"))
        #expect(!out.text.contains("class="))
        #expect(out.page.published == "2024-03-05")
    }

    /// A page with its own body keeps it, though a script holds an HTML string too.
    @Test func ownBodyWins() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>某区民政局工作报告</title>
        <script>var tpl={"content":"\(Self.jsonEscaped(Self.article.replacingOccurrences(of: "9项", with: "99项")))"};</script></head>
        <body><h1>某区民政局工作报告</h1><div class="content">\(Self.article)</div></body></html>
        """
        let out = try Self.clean(html)
        #expect(out.text.contains("全年修订内部管理制度9项"))
        #expect(!out.text.contains("99项"))
        #expect(!out.diagnostics.contains { $0.code == .bodyFromScriptState })
    }

    /// Scripts with only short HTML strings (templates, menus) give no body: the page stays one without content.
    @Test func shortStringsAreNoArticle() {
        let html = """
        <html><head><meta charset="utf-8"><title>某区民政局</title>
        <script>window.__STATE__={"menu":"\\u003cli\\u003e首页\\u003c/li\\u003e\\u003cli\\u003e政务公开\\u003c/li\\u003e","tip":"\\u003cp\\u003e加载中\\u003c/p\\u003e"};</script>
        </head><body><div id="app"></div></body></html>
        """
        #expect(throws: (any Error).self) { try Self.clean(html) }
    }

    /// The JSON string decoder: escapes, a surrogate pair, and the index after the closing quote.
    @Test func decodesJSONStrings() {
        let code = Array(#""a\"b\\c\u4e2d\ud83d\ude00\n" rest"#.utf8)
        let (text, end) = ScriptStateBody.decodeString(code[...], from: 1)
        #expect(String(decoding: text, as: UTF8.self) == "a\"b\\c中\u{1F600}\n")
        #expect(String(decoding: code[end...], as: UTF8.self) == " rest")
    }

    /// The thin-body count's fast word test answers as Unicode's properties do for every scalar of the BMP.
    @Test func wordScalarFastPathMatchesProperties() {
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let reference = s.properties.isAlphabetic || s.properties.numericType != nil
            if Cleaner.isWordScalar(s) != reference {
                Issue.record("U+\(String(v, radix: 16)) differs")
                return
            }
        }
    }
}
