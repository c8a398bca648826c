"""CMS-like page templates for the sample corpus (chrome written for this project)."""
import html, random

def esc(s): return html.escape(s, quote=True)

def weekday(stamp):
    import datetime
    d = datetime.date.fromisoformat(stamp[:10])
    return f"{d.year}年{d.month}月{d.day}日 星期" + "一二三四五六日"[d.weekday()]

def para_html(p, style):
    s = p.strip()
    if not s:
        return ''
    right = s.startswith('>>')
    if right:
        s = s[2:].strip()
        return f'<p style="text-align: right;">{esc(s)}</p>'
    import re
    if re.match(r'^[一二三四五六七八九十]+、', s) and len(s) < 40:
        if style == 'trs':
            return f'<p style="text-indent: 2em;"><strong>{esc(s)}</strong></p>'
        if style == 'hanweb':
            return f'<p style="text-indent:2em;"><font face="黑体">{esc(s)}</font></p>'
        return f'<h3>{esc(s)}</h3>' if style == 'article' else f'<p class="bt"><b>{esc(s)}</b></p>'
    if style == 'trs':
        return f'<p style="text-indent: 2em; line-height: 2em;">{esc(s)}</p>'
    if style == 'hanweb':
        return f'<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{esc(s)}</span></p>'
    if style == 'generic':
        return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(s)}</p>'
    return f'<p>{esc(s)}</p>'

def linkdir(site_prov):
    groups = {
        '国务院部门网站': ['外交部','国防部','国家发展和改革委员会','教育部','科学技术部','工业和信息化部','国家民族事务委员会','公安部','民政部','司法部','财政部','人力资源和社会保障部','自然资源部','生态环境部','住房和城乡建设部','交通运输部','水利部','农业农村部','商务部','文化和旅游部','国家卫生健康委员会','退役军人事务部','应急管理部','审计署','国家市场监督管理总局','国家统计局'],
        '省级政府网站': ['北京','天津','河北','山西','内蒙古','辽宁','吉林','黑龙江','上海','江苏','浙江','安徽','福建','江西','山东','河南','湖北','湖南','广东','广西','海南','重庆','四川','贵州','云南','西藏','陕西','甘肃','青海','宁夏','新疆'],
    }
    out = ['<div class="link-dir"><div class="link-title">网站导航</div>']
    for g, names in groups.items():
        out.append(f'<select onchange="window.open(this.value)"><option value="">---{g}---</option>')
        for i, n in enumerate(names):
            out.append(f'<option value="http://www.example-{i}.gov.cn/">{n}</option>')
        out.append('</select>')
    out.append('</div>')
    return '\n'.join(out)

COMMON_JS = '''<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "/js/stat.js?v=20230301"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
function doZoom(size){ var el=document.getElementById('zoom'); if(el){ el.style.fontSize=size+'px'; } }
</script>'''

def render(tpl, m, paras):
    return {'trs': trs, 'hanweb': hanweb, 'ucap': ucap, 'generic': generic, 'article': article}[tpl](m, paras)

def body(paras, style):
    return '\n'.join(x for x in (para_html(p, style) for p in paras) if x)

def charset_meta(m, where):
    cs = m.get('charset_label', 'utf-8')
    if m.get('charset_style') == 'html5':
        return f'<meta charset="{cs}">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={cs}" />'

def related(items, title='相关链接'):
    lis = '\n'.join(f'<li><a href="../{i}/t2023{i:04d}_{1000+i}.html" target="_blank">{esc(t)}</a><span>{d}</span></li>' for i, (t, d) in enumerate(items, 1))
    return f'<div class="xgxx"><div class="xgxx-hd">{title}</div><ul>\n{lis}\n</ul></div>'

def trs(m, paras):
    site = m['site']; t = m['title']
    cm = charset_meta(m, 'head')
    rel = m.get('related', [])
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{cm}
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="SiteName" content="{esc(site)}">
<meta name="SiteDomain" content="{m['domain']}">
<meta name="SiteIDCode" content="{m['sitecode']}">
<meta name="ColumnName" content="{esc(m.get('column','法治政府建设'))}">
<meta name="ColumnType" content="{esc(m.get('column','法治政府建设'))}">
<meta name="ArticleTitle" content="{esc(t)}">
<meta name="PubDate" content="{m['pubdate']}">
<meta name="ContentSource" content="{esc(m['source'])}">
<meta name="Keywords" content="{esc(m.get('keywords','法治政府建设,年度报告'))}">
<meta name="Description" content="{esc(t)}">
<title>{esc(t)}_{esc(site)}</title>
<link href="/images/base.css" rel="stylesheet" type="text/css" />
<link href="/images/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<style type="text/css">
.topbar{{height:36px;background:#f5f5f5;}} .article-title{{font-size:26px;text-align:center;}}
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}
</style>
</head>
<body>
<div class="topbar"><div class="topbar-inner">
<span class="welcome">您好，欢迎访问{esc(site)}！今天是<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>
<span class="topbar-nav"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="StranLink">切换到繁體</a> | <a href="/zhzx/">长者模式</a> | <a href="/login">登录</a> <a href="/reg">注册</a> | <a href="/wap/">手机版</a></span>
</div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(site)}" /></a></div>
<form name="searchform" action="/search/index.jsp" method="get" target="_blank" class="search-form">
<input type="text" name="q" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" /><input type="hidden" name="siteid" value="{m['sitecode']}" /><input type="submit" value="搜索" />
</form>
<div class="hot-words">热门搜索：<a href="#">营商环境</a> <a href="#">政府信息公开</a> <a href="#">社保查询</a> <a href="#">公积金</a></div>
</div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进{esc(m.get('short', ''))}</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">{esc(m.get('column','法治政府建设'))}</a></div>
<div class="main-article">
<h1 class="article-title">{esc(t)}</h1>
<div class="article-info">
<span>来源：{esc(m['source'])}</span>&nbsp;&nbsp;<span>发布时间：{m['pubdate']}</span>&nbsp;&nbsp;<span>浏览次数：<font id="viewCount">{m.get('views', 1024)}</font></span>
<span class="font-size">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
</div>
<div class="article-content" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{line-height:2;}}
</style><div class="Custom_UnionStyle">
{body(paras, 'trs')}
</div></div>
</div>
<div class="article-tools">
<div class="share">分享到：<a href="javascript:void(0)" class="share-weixin" title="微信">微信</a> <a href="javascript:void(0)" class="share-weibo" title="微博">微博</a> <a href="javascript:void(0)" class="share-qzone">QQ空间</a></div>
<div class="print">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="qrcode"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
</div>
{related(rel, '相关链接')}
</div>
{linkdir('')}
<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/yszc/">隐私政策</a></p>
<p>主办单位：{esc(m['host'])}　承办单位：{esc(m['operator'])}</p>
<p>版权所有：{esc(m['host'])}　<a href="https://beian.miit.gov.cn/" target="_blank">{m['icp']}</a>　<img src="/images/ga.png" /><a href="http://www.beian.gov.cn/">{m['gongan']}</a></p>
<p>网站标识码：{m['sitecode']}　建议使用1366×768分辨率，IE9以上版本或Chrome浏览器浏览本站</p>
<script type="text/javascript" src="/js/conac.js"></script><span id="_ideConac"></span>
<iframe src="https://stat.example.gov.cn/count.html?site={m['sitecode']}" width="0" height="0" frameborder="0" style="display:none"></iframe>
</div>
{COMMON_JS}
</body>
</html>
'''
    chrome = ['无障碍浏览', '切换到繁體', '当前位置', '浏览次数', '扫一扫在手机打开当前页', '分享到', '网站标识码', m['icp'], '版权所有', '相关链接', '建议使用1366×768分辨率']
    return page, chrome

def hanweb(m, paras):
    site = m['site']; t = m['title']
    cm = charset_meta(m, 'head')
    rel = m.get('related', [])
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{cm}
<title>{esc(site)} {esc(t)}</title>
<meta name="SiteName" content="{esc(site)}">
<meta name="SiteDomain" content="{m['domain']}">
<meta name="SiteIDCode" content="{m['sitecode']}">
<meta name="ColumnName" content="{esc(m.get('column','法治政府建设'))}">
<meta name="ArticleTitle" content="{esc(t)}">
<meta name="PubDate" content="{m['pubdate']}">
<meta name="ContentSource" content="{esc(m['source'])}">
<link rel="stylesheet" type="text/css" href="/module/jslib/jquery/jpage/style.css">
<link rel="stylesheet" type="text/css" href="/images/css.css">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/script/hanweb.js"></script>
<style>
td{{font-size:12px;}} .bt_link{{color:#333;}} #zoom p{{line-height:30px;}}
</style>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="top_bg"><a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a>&nbsp;|&nbsp;<a id="zh_click" href="javascript:void(0)">切换到繁體</a>&nbsp;|&nbsp;<a href="/col/col1/index.html">设为首页</a>&nbsp;|&nbsp;<a href="javascript:void(0)" onclick="addFavorite()">加入收藏</a></td></tr>
<tr><td><img src="/images/banner.jpg" width="1000" height="150" alt="{esc(site)}"></td></tr>
<tr><td class="nav_bg"><a href="/">网站首页</a>　<a href="/col/col2/">机构概况</a>　<a href="/col/col3/">政务公开</a>　<a href="/col/col4/">办事服务</a>　<a href="/col/col5/">公众参与</a>　<a href="/col/col6/">专题专栏</a></td></tr>
<tr><td>
<form action="/jsearch/search.do" method="post" name="searchform" target="_blank"><input type="text" name="q" size="20" value=""> <input type="image" src="/images/search.gif" alt="搜索"></form>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bt_link" height="35">当前位置：<a href="/" class="bt_link">首页</a> &gt; <a href="/col/col3/" class="bt_link">政务公开</a> &gt; <a href="/col/col3/col61/" class="bt_link">{esc(m.get('column','法治政府建设'))}</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="content_bg">
<tr><td align="center" class="title" style="font-size:22px;font-weight:bold;padding-top:20px;">{esc(t)}</td></tr>
<tr><td align="center" height="40" style="border-bottom:1px solid #ccc;">
<table border="0" cellspacing="0" cellpadding="0"><tr>
<td>信息来源：{esc(m['source'])}</td><td width="20"></td>
<td>发布日期：{m['pubdate'][:10]}</td><td width="20"></td>
<td>访问量：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=61&artid=123456"></script></td><td width="20"></td>
<td>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</td>
</tr></table>
</td></tr>
<tr><td style="padding:20px 40px;">
<!--<$[信息内容]>begin--><div id="zoom">
{body(paras, 'hanweb')}
</div><!--<$[信息内容]>end-->
</td></tr>
<tr><td align="right" style="padding-right:40px;">
<a href="javascript:void(0)" onclick="shareTo('weixin')">分享到微信</a>　<a href="javascript:void(0)" onclick="shareTo('weibo')">分享到微博</a>　
【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】
</td></tr>
<tr><td align="center"><div id="qr_code"></div><div>扫一扫在手机打开当前页</div></td></tr>
<tr><td>{related(rel, '相关信息')}</td></tr>
</table>
{linkdir('')}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot_bg">
<tr><td align="center" style="line-height:26px;">
<a href="/col/col7/">网站地图</a> | <a href="/col/col8/">联系我们</a> | <a href="/col/col9/">网站声明</a><br>
主办：{esc(m['host'])}　承办：{esc(m['operator'])}<br>
版权所有 &copy; {esc(m['host'])}　<a href="https://beian.miit.gov.cn" target="_blank">{m['icp']}</a>　{m['gongan']}<br>
网站标识码：{m['sitecode']}　建议使用IE8以上浏览器，1280*1024分辨率浏览
<iframe src="/module/visitcount/visit.jsp?type=3&i_webid=1" width="0" height="0" style="display:none"></iframe>
</td></tr>
</table>
{COMMON_JS}
</body>
</html>
'''
    chrome = ['无障碍浏览', '切换到繁體', '当前位置', '访问量', '字体', '打印本页', '关闭窗口', '扫一扫在手机打开当前页', '网站标识码', m['icp'], '版权所有', '相关信息', '分享到微信']
    return page, chrome

def ucap(m, paras):
    site = m['site']; t = m['title']
    rel = m.get('related', [])
    cs = m.get('charset_label', 'utf-8')
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<title>{esc(t)} - 政府信息公开 - {esc(site)} - 法治政府建设 - 年度报告 - 政务公开专栏</title>
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="/ucap/css/common.css">
<link rel="stylesheet" href="/ucap/css/xxgk.css">
<link rel="stylesheet" href="/ucap/css/print.css" media="print">
<meta charset="{cs}">
<meta name="SiteName" content="{esc(site)}">
<meta name="SiteIDCode" content="{m['sitecode']}">
<meta name="ArticleTitle" content="{esc(t)}">
<meta name="PubDate" content="{m['pubdate']}">
<meta name="ContentSource" content="{esc(m['source'])}">
<script src="/ucap/js/jquery.min.js"></script>
<script>var _config = {{ siteId: "{m['sitecode']}", webPath: "/", resPath: "/ucap/" }};</script>
<style>.UCAP-CONTENT p{{text-indent:2em;line-height:2;}} .xxgk-table td{{border:1px solid #ddd;padding:6px;}}</style>
</head>
<body>
<div class="g-top"><div class="w1200">
<a href="javascript:void(0);" class="wza">无障碍浏览</a><a href="javascript:void(0);" class="fanti">切换到繁體</a><a href="/wap">手机版</a><a href="/rss">RSS</a>
</div></div>
<div class="g-header w1200"><a class="logo" href="/"><img src="/ucap/images/logo.png" alt="{esc(site)}"></a>
<form class="g-search" action="/ucap/search" method="get"><input name="keywords" placeholder="请输入搜索内容"><button type="submit">搜索</button></form></div>
<div class="g-nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/xxgk">信息公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/ztzl">专题专栏</a></li></ul></div>
<div class="w1200 crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a> &gt; <a href="/xxgk/fzzf">{esc(m.get('column','法治政府建设'))}</a> &gt; 正文</div>
<div class="w1200 xxgk-detail">
<table class="xxgk-table">
<tr><td>索引号：</td><td>{m.get('index_no','')}</td><td>发布机构：</td><td>{esc(m['source'])}</td></tr>
<tr><td>生成日期：</td><td>{m['pubdate'][:10]}</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>主题分类：</td><td>政府工作报告</td><td>文号：</td><td>无</td></tr>
</table>
<div class="UCAP-TITLE"><h1>{esc(t)}</h1></div>
<div class="UCAP-INFO"><span>发布时间：{m['pubdate']}</span><span>信息来源：{esc(m['source'])}</span><span>阅读次数：<em id="hits">{m.get('views', 356)}</em></span><span class="zh">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span></div>
<div class="UCAP-CONTENT">
{body(paras, 'trs')}
</div>
<div class="UCAP-TOOLS"><div class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina" title="分享到新浪微博">微博</a></div>
<a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a>
<div class="qr"><img src="/ucap/images/qr.png" alt=""><span>扫一扫在手机打开当前页</span></div></div>
{related(rel, '相关解读')}
</div>
{linkdir('')}
<div class="g-footer"><div class="w1200">
<p><a href="/wzdt">网站地图</a><a href="/lxwm">联系我们</a><a href="/wzsm">网站声明</a></p>
<p>主办单位：{esc(m['host'])}　承办单位：{esc(m['operator'])}</p>
<p>版权所有 {esc(m['host'])}　<a href="https://beian.miit.gov.cn/">{m['icp']}</a>　<a href="http://www.beian.gov.cn/">{m['gongan']}</a>　网站标识码：{m['sitecode']}</p>
<p>建议使用谷歌浏览器、360浏览器极速模式浏览本站</p>
<iframe src="/ucap/stat/frame.html" width="0" height="0" frameborder="0"></iframe>
</div></div>
{COMMON_JS}
</body>
</html>
'''
    chrome = ['无障碍浏览', '您的位置', '索引号', '阅读次数', '扫一扫在手机打开当前页', '分享到', '网站标识码', m['icp'], '版权所有', '相关解读', '建议使用谷歌浏览器']
    return page, chrome

def generic(m, paras):
    site = m['site']; t = m['title']
    rel = m.get('related', [])
    cs = m.get('charset_label', 'utf-8')
    news = m.get('sidebar', [])
    side = '\n'.join(f'<li><a href="/news/{i}.html" title="{esc(x)}">{esc(x)}</a><span>{d}</span></li>' for i, (x, d) in enumerate(news, 1))
    page = f'''<!DOCTYPE html>
<html>
<head>
<title>{esc(t)}-{esc(site)}</title>
<link rel="stylesheet" type="text/css" href="/static/css/reset.css"/>
<link rel="stylesheet" type="text/css" href="/static/css/style.css"/>
<meta charset="{cs}">
<meta name="renderer" content="webkit">
<meta name="keywords" content="{esc(m.get('keywords', t))}">
<script type="text/javascript" src="/static/js/jquery-3.4.1.min.js"></script>
<script type="text/javascript">
$(function(){{ $(".tab-hd li").hover(function(){{ $(this).addClass("on").siblings().removeClass("on"); }}); }});
</script>
<style>.nr-box{{width:1200px;margin:0 auto;}} .xl-text p{{font-size:16px;line-height:32px;text-indent:2em;}}</style>
</head>
<body>
<div class="head-top"><div class="wrap"><span class="date">{weekday(m['pubdate'])}</span><a href="javascript:;" class="wza-btn">无障碍浏览</a><a href="javascript:;" class="jt-btn">切换到繁體</a><a href="javascript:;" class="old-btn">关怀版</a></div></div>
<div class="head"><div class="wrap"><div class="logo"><img src="/static/img/logo.png" alt="{esc(site)}"></div>
<div class="search"><form action="/search/" method="get" id="searchForm"><input type="text" name="keyword" class="inp" placeholder="请输入关键词"><input type="submit" class="btn" value=""></form></div></div></div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/jggk/">机构概况</a><a href="/zwgk/">政务公开</a><a href="/xwzx/">新闻中心</a><a href="/zcfg/">政策法规</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="nr-box">
<div class="crumb">首页 &gt; 政务公开 &gt; {esc(m.get('column','法治政府建设'))}</div>
<div class="nr-left">
<div class="xl-tit">{esc(t)}</div>
<div class="xl-info">发布日期：{m['pubdate'][:10]}　　来源：{esc(m['source'])}　　阅读：<span id="readNum">{m.get('views', 812)}</span>　　【<a href="javascript:;" onclick="fontSize(18)">大</a> <a href="javascript:;" onclick="fontSize(16)">中</a> <a href="javascript:;" onclick="fontSize(14)">小</a>】</div>
<div class="xl-text">
{body(paras, 'generic')}
</div>
<div class="xl-share"><span>分享：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a>
<span class="xl-print"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a></span></div>
<div class="xl-ewm"><img src="/static/img/ewm.png"><p>扫一扫在手机打开当前页</p></div>
<div class="xl-page"><p>上一篇：<a href="/zwgk/fz/1.html">{esc(m.get('prev','关于开展“八五”普法中期评估工作的通知'))}</a></p><p>下一篇：<a href="/zwgk/fz/2.html">{esc(m.get('next','区政府常务会议专题学法活动简讯'))}</a></p></div>
</div>
<div class="nr-right">
<div class="tab-hd"><ul><li class="on">热点新闻</li><li>通知公告</li></ul></div>
<ul class="news-list">
{side}
</ul>
</div>
</div>
{linkdir('')}
<div class="foot"><div class="wrap">
<p>主办单位：{esc(m['host'])}　　承办单位：{esc(m['operator'])}</p>
<p>版权所有：{esc(m['host'])}　　<a href="https://beian.miit.gov.cn/">{m['icp']}</a>　　{m['gongan']}</p>
<p>网站标识码：{m['sitecode']}　　地址：{esc(m.get('address',''))}　　建议使用IE10及以上浏览器浏览</p>
<iframe src="/static/count.html" style="display:none"></iframe>
</div></div>
{COMMON_JS}
</body>
</html>
'''
    chrome = ['无障碍浏览', '切换到繁體', '发布日期', '微博', '扫一扫在手机打开当前页', '上一篇', '下一篇', '热点新闻', '网站标识码', m['icp'], '版权所有'] + [x for x, _ in news[:2]]
    return page, chrome

def article(m, paras):
    site = m['site']; t = m['title']
    rel = m.get('related', [])
    page = f'''<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="ArticleTitle" content="{esc(t)}">
<meta name="PubDate" content="{m['pubdate']}">
<meta name="ContentSource" content="{esc(m['source'])}">
<meta property="og:title" content="{esc(t)}">
<title>{esc(t)}｜{esc(site)}</title>
<link rel="stylesheet" href="/assets/app.8f3a2c.css">
<script async src="/assets/app.8f3a2c.js"></script>
<style>article p{{text-indent:2em;line-height:1.9}} .share-bar{{display:flex}}</style>
</head>
<body>
<header class="site-header">
<div class="tools"><a href="#" class="a11y">无障碍浏览</a><a href="#" class="big5">切换到繁體</a><a href="/en/">English</a></div>
<a class="brand" href="/"><img src="/assets/logo.svg" alt="{esc(site)}"></a>
<form role="search" action="/search" class="site-search"><input type="search" name="q" aria-label="站内搜索" placeholder="搜索"><button>搜索</button></form>
<nav class="main-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/sjfb/">数据发布</a></nav>
</header>
<nav class="breadcrumb" aria-label="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">{esc(m.get('column','政府信息公开年报'))}</a></nav>
<main>
<article>
<h1>{esc(t)}</h1>
<p class="meta"><span>来源：{esc(m['source'])}</span> <time datetime="{m['pubdate'][:10]}">发布时间：{m['pubdate']}</time> <span>浏览次数：{m.get('views', 2210)}</span> <span class="fs">字号：<button>大</button><button>中</button><button>小</button></span></p>
{body(paras, 'article')}
<footer class="article-tools">
<div class="share-bar">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a>
</footer>
</article>
<aside class="related">{related(rel, '相关文章')}</aside>
</main>
{linkdir('')}
<footer class="site-footer">
<p>主办单位：{esc(m['host'])}　承办单位：{esc(m['operator'])}</p>
<p>版权所有 © {esc(m['host'])}　<a href="https://beian.miit.gov.cn/">{m['icp']}</a>　<a href="http://www.beian.gov.cn/">{m['gongan']}</a>　网站标识码：{m['sitecode']}</p>
<iframe title="stat" src="/stat/frame.html" hidden></iframe>
</footer>
{COMMON_JS}
</body>
</html>
'''
    chrome = ['无障碍浏览', '切换到繁體', '当前位置', '浏览次数', '扫一扫在手机打开当前页', '分享到', '网站标识码', m['icp'], '版权所有', '相关文章']
    return page, chrome
