/// Page templates for the benchmark corpus: TRS-like, Hanweb-like and a generic template, each with chrome.
enum BenchTemplates {
    /// Renders a page around the body paragraphs.
    static func render(template: Int, title: String, agency: String, body: [String], published: String, gbk: Bool,
                       rng: inout SeededGenerator) -> String {
        let charset = gbk ? "gbk" : "utf-8"
        let paragraphs = body.map { "<p style=\"text-indent:2em\">\($0)</p>" }.joined(separator: "\n")
        let links = (0..<Int.random(in: 80...400, using: &rng)).map { i in
            "<li><a href=\"/xxgk/\(i).html\">关于印发第\(i)批政务公开事项目录的通知</a><span>2023-0\(i % 9 + 1)-1\(i % 9)</span></li>"
        }.joined()
        let nav = "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a><a href=\"/bsfw/\">办事服务</a><a href=\"/hdjl/\">互动交流</a></div>"
        let footer = """
            <div class="footer"><p>主办单位:\(agency) 承办单位:\(agency)办公室</p><p>版权所有 © \(agency) 网站标识码:3502050001</p>
            <p>闽ICP备05012345号-1 闽公网安备 35020502000123号</p><p>建议使用1366×768分辨率</p></div>
            """
        let share = "<div class=\"share\">分享到:<a>微信</a><a>微博</a><a>QQ空间</a></div><div class=\"ewm\">扫一扫在手机打开当前页</div>"
        let script = "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='//hm.example.com/hm.js';})();</script>"
        switch template {
        case 0:
            return """
                <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=\(charset)">
                <title>\(title)_\(agency)</title><meta name="ArticleTitle" content="\(title)"><meta name="PubDate" content="\(published) 09:30">
                <style>.TRS_Editor p{line-height:2}</style>\(script)</head><body>\(nav)
                <div class="position">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
                <div class="article"><h1>\(title)</h1><div class="info">来源:\(agency) 发布时间:\(published) 09:30 浏览次数:\(Int.random(in: 10...9999, using: &rng))</div>
                <div class="font">字号:[<a>大</a> <a>中</a> <a>小</a>]</div>
                <div class="TRS_Editor">\(paragraphs)</div>\(share)<div class="print"><a>【打印本页】</a><a>【关闭窗口】</a></div>
                <div class="related"><h3>相关链接</h3><ul>\(links)</ul></div></div>\(footer)</body></html>
                """
        case 1:
            return """
                <html><head><title>\(title)</title><link rel="stylesheet" href="/css/main.css"><meta charset="\(charset)">
                \(script)</head><body><table width="1000"><tr><td>\(nav)</td></tr><tr><td>
                <div class="dqwz">您当前的位置:首页 &gt; 信息公开 &gt; 法治政府建设年度报告</div>
                <table><tr><td class="title">\(title)</td></tr><tr><td>发布日期:\(published) 信息来源:\(agency) 【字体:大 中 小】</td></tr>
                <tr><td><div id="zoom">\(paragraphs)</div></td></tr></table>\(share)
                <div class="xglj">相关文件<ul>\(links)</ul></div></td></tr></table>\(footer)</body></html>
                """
        default:
            return """
                <!doctype html><html lang="zh-CN"><head><meta charset="\(charset)"><title>\(title)-\(agency)门户网站</title>
                \(script)</head><body><header>\(nav)<form action="/search"><input name="q"><button>搜索</button></form></header>
                <div class="crumb">首页 &gt; 政策文件 &gt; 正文</div><div class="nr-box"><div class="nr-tit">\(title)</div>
                <div class="nr-info">时间:\(published) 来源:\(agency)</div><div class="xl-text">\(paragraphs)</div>\(share)</div>
                <aside><ul>\(links)</ul></aside>\(footer)</body></html>
                """
        }
    }
}
