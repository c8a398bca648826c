import Foundation
import Testing
@testable import GovReportsCore

/// What the trimmer cuts before libxml2, and that libxml2 then reports the very same page walk.
@Suite struct ParserInputTrimmerTests {
    /// The trimmed form of an HTML string, or the string itself when nothing was cut.
    static func trimmed(_ html: String, rawBodies: Bool = true) -> String {
        ParserInputTrimmer.trim(Array(html.utf8), rawBodies: rawBodies).map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    /// Everything the page walk measured, as text: stats, events with their text, meta tags, candidates, reasons.
    static func walkDump(_ utf8: [UInt8]) throws -> String {
        let analyzer = PageAnalyzer(table: try ChromeTable.bundled(), userContainers: [])
        guard let (walk, halt) = PageParser.parse(utf8, analyzer: analyzer) else { return "no parse" }
        var out = "halt: \(halt ?? "-")\n"
        for s in walk.stats { out += "\(s)\n" }
        for e in walk.events {
            switch e {
            case .start(let i): out += "S\(i) "
            case .end(let i): out += "E\(i) "
            case .text(let lo, let hi): out += "T[" + String(decoding: walk.text[Int(lo)..<Int(hi)], as: UTF8.self) + "] "
            }
        }
        out += "\nmeta: \(walk.metaTags.sorted { $0.key < $1.key })\nreasons: \(walk.reasons)\n"
        out += "containers: \(walk.containers.map { "\($0.index)/\($0.rank)/\($0.name)" })\n"
        out += "titles: \(walk.titleNode.map(String.init) ?? "-") \(walk.titleNodes)\ntables: \(walk.tableNodes)\n"
        out += "spans: \(walk.cellSpans.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })\n"
        return out
    }

    /// Expects the walk over the trimmed page to equal the walk over the page.
    static func expectSameWalk(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = Array(html.utf8)
        let cut = ParserInputTrimmer.trim(bytes, rawBodies: true) ?? bytes
        #expect(try walkDump(cut) == walkDump(bytes), "walk changed for: \(html.prefix(120))", sourceLocation: sourceLocation)
    }

    /// Script and style bodies go, their tags stay; a comment keeps only its delimiters.
    @Test func cutsRawBodiesAndComments() {
        #expect(Self.trimmed("<p>a</p><script type=\"x\">var a = '<b>';</script><style>p{x:1}</style><!-- note -->b")
                == "<p>a</p><script></script><style></style><!---->b")
        #expect(Self.trimmed("<p>a<!-- x --!>b</p>") == "<p>a<!----!>b</p>")
        // Script bodies stay when the walk keeps script elements.
        #expect(Self.trimmed("<script>var a;</script>", rawBodies: false) == "<script>var a;</script>")
        // A script end tag matched by prefix ends the body where libxml2 ends it.
        #expect(Self.trimmed("<SCRIPT>x</Script >y") == "<SCRIPT></Script >y")
    }

    /// Attributes the walk reads are kept verbatim, in order (duplicates too: libxml2 keeps the first); the rest go.
    @Test func keepsOnlyReadAttributes() {
        #expect(Self.trimmed("<div id=main class='a b' data-x=\"1\" onclick=go() STYLE=\"display:none\" hidden>t</div>")
                == "<div id=main class='a b' STYLE=\"display:none\" hidden>t</div>")
        #expect(Self.trimmed("<td href=x rowspan=2 colspan = \"3\" class=a class=b>c</td>")
                == "<td rowspan=2 colspan = \"3\" class=a class=b>c</td>")
        #expect(Self.trimmed("<a href=\"/x\" target=_blank>t</a>") == "<a>t</a>")
        // An unquoted value before `/>` must not swallow the slash.
        #expect(Self.trimmed("<td class=x href=y />") == "<td class=x />")
        // A `<meta>` keeps everything; a tag with nothing to drop is left alone.
        #expect(Self.trimmed("<meta name=k content=v charset=x><p class=a>t</p>") == "<meta name=k content=v charset=x><p class=a>t</p>")
    }

    /// Where libxml2's reading is not modelled, the rest of the page passes through untouched.
    @Test func stopsAtUnmodelledShapes() {
        // A script body that opens with a tag: libxml2 parses that tag before it enters raw-text mode.
        let tagFirst = "<a href=1>x</a><script><b>y</b></script><a href=2>z</a>"
        #expect(Self.trimmed(tagFirst) == "<a>x</a><script><b>y</b></script><a href=2>z</a>")
        // An end tag of a longer name (`</scripts>`) inside a body.
        #expect(Self.trimmed("<script>a</scripts>b</script><a href=3>c</a>") == "<script>a</scripts>b</script><a href=3>c</a>")
        // An unterminated comment, attribute value or tag.
        #expect(Self.trimmed("<a href=1>x</a><!-- open <a href=2>") == "<a>x</a><!-- open <a href=2>")
        #expect(Self.trimmed("<a href=1>x</a><a title=\"open>") == "<a>x</a><a title=\"open>")
        // A NUL anywhere: libxml2 reads it as the end of input.
        #expect(Self.trimmed("<a href=1>x\u{0}</a>") == "<a href=1>x\u{0}</a>")
        // An over-long name is split by libxml2: that tag stays, later ones are still trimmed.
        let long = String(repeating: "q", count: 120)
        #expect(Self.trimmed("<p \(long)=1 href=2>a</p><a href=3>b</a>") == "<p \(long)=1 href=2>a</p><a>b</a>")
    }

    /// Markup whose tokenizing is easy to get wrong: libxml2 reports the same walk with and without the trim.
    @Test func trickyMarkupParsesTheSame() throws {
        let cases = [
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/x.dtd\">"
                + "<html><head><title>题目</title><meta name=\"ArticleTitle\" content=\"标题\"><script>var s='</div>';</script>"
                + "</head><body><div class=\"TRS_Editor\" data-a=\"1\"><p style=\"x\" onclick=\"a>b\">正文一。</p>"
                + "<!-- c --><p>正文二。</p></div></body></html>",
            "<!doctype html system 'a>b'><p a=1 b='2' c=\"3\" d e = f>x<!---->y<!--->z-->w</p>",
            "<html><body><p>a<?php echo 1; ?>b<? c>d<!x>e<![CDATA[<i href=q>f</i>]]>g</p></body></html>",
            "<div id=x \"bogus\" class=y/>t</div><div 'q' hidden=>u</div><br/><img src=a/><p>v</p>",
            "<table><tr><td rowspan=2 width=10>a</td><td colspan=\"2\" bgcolor=red>b</td></tr></table>",
            "<body><style media=all>a{}</style><p>x</p><script src=y></script><script>a</SCRIPT><p>z</p>",
            "<p>a < b & c &amp; d &#x41; <_x> <:y> </ > </3></p><p title=\"&quot;>&#x3e;\">e</p>",
            "<html><head><script>x</script><title>t</title></head><body class=\"b\" onload=\"f()\"><nav href=1>n</nav>"
                + "<div class=\"content\" id=\"c\">一二三四五六七八九十。一二三四五六七八九十。</div></body></html>",
            "<p>x</p></html><p>after</p><script>late</script>",
            "<ul><li><a href=\"/1\" title=\"t1\">甲</a><li><a href=\"/2\">乙</a></ul><select name=s><option value=1>丙</select>",
            "<p a=\"x\"b=\"y\" class=\"z\"c=d>t</p><p/ class=w>u</p>",
            "<div\nclass\n=\n\"m\"\nhref\n=\nq\n>text</div>",
        ]
        for html in cases { try Self.expectSameWalk(html) }
    }

    /// The bundled HTML samples (our own pages) give the same walk trimmed and untrimmed, and are actually cut.
    @Test func samplesParseTheSame() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        #expect(!names.isEmpty)
        var cut = 0
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            guard let trimmed = ParserInputTrimmer.trim(bytes, rawBodies: true) else { continue }
            cut += 1
            #expect(trimmed.count < bytes.count)
            #expect(try Self.walkDump(trimmed) == Self.walkDump(bytes), "walk changed for \(name)")
        }
        #expect(cut > 0)
    }
}
