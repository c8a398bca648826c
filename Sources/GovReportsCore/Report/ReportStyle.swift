/// The markup every report page shares: document head with an offline-only content policy, the style sheet, and the
/// page frame.
enum ReportStyle {
    /// Content-Security-Policy of every page: nothing may be loaded from anywhere (no scripts, fonts, frames or
    /// network requests), only the inline style sheet and inline SVG; a browser refuses anything else.
    static let contentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The style sheet, inlined in every page (system fonts only: no web font is fetched).
    static let css = """
        :root{--ink:#1d2330;--muted:#5b6475;--line:#d8dce3;--bg:#f6f7f9;--accent:#2f5d9e;--q:#fff0b3;--qb:#e0b400;\
        --bad:#b3261e;--warn:#8a5a00}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC",\
        "Microsoft YaHei","PingFang SC",sans-serif;color:var(--ink);background:var(--bg)}
        header.top{background:#24344d;color:#fff;padding:10px 24px;display:flex;gap:24px;align-items:baseline}
        header.top a{color:#cfe0ff;text-decoration:none}
        header.top .brand{font-weight:700;font-size:16px}
        main{max-width:1280px;margin:0 auto;padding:16px 24px 48px}
        h1{font-size:22px;margin:8px 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);\
        padding-bottom:4px} h3{font-size:14px;margin:16px 0 6px}
        .muted{color:var(--muted)} .small{font-size:12px}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
        .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
        .card b{display:block;font-size:20px}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
        .panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 14px;overflow-x:auto}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
        th,td{border:1px solid var(--line);padding:3px 7px;text-align:left;vertical-align:top}
        th{background:#eef1f5;font-weight:600;position:sticky;top:0}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        tr:target{background:#fff7d1}
        a{color:var(--accent)}
        .diag{border-left:4px solid var(--warn);background:#fff8e6;padding:6px 12px;margin:6px 0}
        .diag.fail{border-left-color:var(--bad);background:#fdecea}
        .diag code{font-size:12px;color:var(--muted)}
        .ok{border-left:4px solid #2e7d32;background:#edf7ee;padding:6px 12px;margin:6px 0}
        .doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:20px;align-items:start}
        @media (max-width:1000px){.doc{grid-template-columns:1fr}}
        .text{white-space:pre-wrap;background:#fff;border:1px solid var(--line);border-radius:6px;padding:14px 18px;\
        font-size:15px;line-height:1.9}
        a.q{background:var(--q);border-bottom:2px solid var(--qb);color:inherit;text-decoration:none;padding:0 1px}
        a.q.ind{background:#d6ecff;border-bottom-color:#2f7fd0}
        a.q:hover,a.q:target{outline:2px solid var(--accent)}
        del.chrome{color:#9a3b3b;background:#fbeaea;text-decoration:line-through;display:block;font-size:13px}
        del.chrome::after{content:"  [" attr(data-rule) "]";font-size:11px;color:#9a6b6b;text-decoration:none}
        .text table.grid{width:auto;margin:4px 0 6px;font-size:14px;line-height:1.6}
        .text table.grid th{position:static} .tsep{display:none}
        td.spanned,th.spanned{color:#9aa3b2;font-style:italic}
        tr.chrome-row>td{border:none;padding:0}
        .removed-element{border:1px dashed #d9a0a0;background:#fdf3f3;border-radius:4px;margin:2px 0;padding:0 6px 2px}
        .el-label{display:block;font-size:11px;color:#9a6b6b}
        .outside-body{border:1px dotted #b9a3c9;background:#f4f0f7;border-radius:4px;margin:2px 0;padding:0 6px 2px}
        span.sec{font-size:11px;color:#fff;background:#6b7a90;border-radius:3px;padding:0 4px;margin-right:4px}
        .legend span{display:inline-block;margin-right:14px}
        .sw{display:inline-block;width:12px;height:12px;vertical-align:-1px;margin-right:4px;border:1px solid #0002}
        .side{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}
        svg text{font-family:inherit}
        """

    /// Opens a page: doctype, head with charset, policy, title and style, the top bar; `root` is the relative path
    /// to the report folder (`""` or `"../"`).
    static func open(_ w: inout HTMLWriter, title: String, root: String) {
        w.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentPolicy)\">")
        w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        w.text(title)
        w.raw("</title><style>\(css)</style></head><body>")
        w.raw("<header class=\"top\"><span class=\"brand\">govreports report</span>")
        w.raw("<a href=\"\(root)index.html\">Overview</a><a href=\"\(root)indicators.html\">Indicators</a>")
        w.raw("<a href=\"\(root)index.html#documents\">Documents</a></header><main>")
    }

    /// Closes a page.
    static func close(_ w: inout HTMLWriter) {
        w.raw("</main></body></html>\n")
    }
}
