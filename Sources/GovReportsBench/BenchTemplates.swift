/// Page templates for the benchmark corpus: TRS-like, Hanweb-like and a generic template, each with chrome.
enum BenchTemplates {
    /// Renders a page around the body paragraphs.
    static func render(template: Int, title: String, agency: String, body: [String], published: String, gbk: Bool,
                       rng: inout SeededGenerator) -> String {
        let charset = gbk ? "gbk" : "utf-8"
        let paragraphs = body.map { "<p style=\"text-indent:2em\">\($0)</p>" }.joined(separator: "\n")
        let links = (0..<Int.random(in: 150...600, using: &rng)).map { i in
            "<li><a href=\"/xxgk/\(i).html\">关于印发第\(i)批政务公开事项目录的通知</a><span>2023-0\(i % 9 + 1)-1\(i % 9)</span></li>"
        }.joined()
        let nav = "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a><a href=\"/bsfw/\">办事服务</a><a href=\"/hdjl/\">互动交流</a></div>"
        let footer = """
            <div class="footer"><p>主办单位:\(agency) 承办单位:\(agency)办公室</p><p>版权所有 © \(agency) 网站标识码:3502050001</p>
            <p>闽ICP备05012345号-1 闽公网安备 35020502000123号</p><p>建议使用1366×768分辨率</p></div>
            """
        let share = "<div class=\"share\">分享到:<a>微信</a><a>微博</a><a>QQ空间</a></div><div class=\"ewm\">扫一扫在手机打开当前页</div>"
        let script = scripts(rng: &rng)
        switch template {
        case 0:
            return """
                <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=\(charset)">
                <title>\(title)_\(agency)</title><meta name="ArticleTitle" content="\(title)"><meta name="PubDate" content="\(published) 09:30">
                \(style(rng: &rng))\(script)</head><body>\(nav)
                <div class="position">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
                <div class="article"><h1>\(title)</h1><div class="info">来源:\(agency) 发布时间:\(published) 09:30 浏览次数:\(Int.random(in: 10...9999, using: &rng))</div>
                <div class="font">字号:[<a>大</a> <a>中</a> <a>小</a>]</div>
                <div class="TRS_Editor">\(paragraphs)</div>\(share)<div class="print"><a>【打印本页】</a><a>【关闭窗口】</a></div>
                <div class="related"><h3>相关链接</h3><ul>\(links)</ul></div></div>\(footer)</body></html>
                """
        case 1:
            return """
                <html><head><title>\(title)</title><link rel="stylesheet" href="/css/main.css"><meta charset="\(charset)">\(style(rng: &rng))
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

    /// Inline scripts as CMS pages carry them (statistics, menus, font-size and share widgets): 2–9 KB per page,
    /// the range of the pages in `../shared/realpages` (1.3–8.1 KB).
    static func scripts(rng: inout SeededGenerator) -> String {
        let lines = [
            "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='//hm.example.com/hm.js?#';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();",
            "$(function(){$('.nav li').hover(function(){$(this).addClass('on').siblings().removeClass('on');$('.sub#').eq($(this).index()).show();},function(){});});",
            "function doZoom(size){var el=document.getElementById('zoom');if(!el){return;}el.style.fontSize=size+'px';var ps=el.getElementsByTagName('p');for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}}",
            "var shareConfig={title:document.title,url:location.href,pic:'/images/logo#.png',summary:''};function shareTo(site){window.open('https://share.example.com/'+site+'?url='+encodeURIComponent(shareConfig.url));}",
            "if(navigator.userAgent.match(/(iPhone|iPod|Android|ios)/i)){var meta=document.createElement('meta');meta.name='viewport';meta.content='width=device-width,initial-scale=1';document.head.appendChild(meta);}",
            "document.write('<span id=\\'visits#\\'></span>');$.get('/api/visit?id=#',function(d){$('#visits#').text(d.count);});",
        ]
        var out = "<script type=\"text/javascript\">"
        let target = Int.random(in: 2000...9000, using: &rng)
        var i = 0
        while out.utf8.count < target {
            out += lines[Int.random(in: 0..<lines.count, using: &rng)].replacingOccurrences(of: "#", with: String(i)) + "\n"
            i += 1
        }
        return out + "</script>"
    }

    /// An inline style block of 0.3–2 KB (the real pages carry 0.2–1 KB, one page far more).
    static func style(rng: inout SeededGenerator) -> String {
        let rules = [".TRS_Editor p{line-height:2;margin:0 0 10px;font-size:16px}", ".nav a{padding:0 #px;color:#fff}",
                     ".footer p{text-align:center;color:#666;font-size:12px}", ".xglj li{float:left;width:#%}",
                     ".share a{margin-left:#px;background:url(/images/share.png) no-repeat}", "h1{font-size:2#px;text-align:center}"]
        var out = "<style>"
        let target = Int.random(in: 300...2000, using: &rng)
        var i = 0
        while out.utf8.count < target {
            out += rules[Int.random(in: 0..<rules.count, using: &rng)].replacingOccurrences(of: "#", with: String(i % 9 + 1))
            i += 1
        }
        return out + "</style>"
    }
}
