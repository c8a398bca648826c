/// The column definitions of every dataset table (the single source for CSV, JSONL, SQLite and datapackage).
public enum DatasetSchemas {
    /// Foreign key from a table's `doc_id` to `documents`.
    static let docFK = [(column: "doc_id", table: "documents", reference: "doc_id")]

    /// One row per report.
    public static let documents = TableSchema(
        name: "documents", description: "One row per report: panel keys, dates and counts.",
        columns: [
            Column("doc_id", .string, "Stable document id (16 hex digits of SHA-256 over the source)"),
            Column("source", .string, "File path (relative to the config) or URL the report came from"),
            Column("sha256", .string, "SHA-256 of the raw bytes as fetched"),
            Column("encoding", .string, "Charset the raw bytes were decoded with (utf-8 or gb18030; utf-16le/be or utf-32le/be when a byte-order mark says so)"),
            Column("title", .string, "Report title"),
            Column("agency", .string, "Issuing body as written, e.g. 厦门市海沧区民政局"),
            Column("province", .string, "Province-level division (municipalities: 重庆市 etc.)"),
            Column("city", .string, "Prefecture-level division (municipalities repeat the province)"),
            Column("county", .string, "County-level division"),
            Column("division_code", .string, "Six-digit GB/T 2260 code of the most specific known division"),
            Column("admin_level", .string, "national, province, prefecture or county"),
            Column("report_year", .integer, "The year the report is about"),
            Column("published", .date, "Page publication date (ISO 8601)"),
            Column("signed", .date, "Date under the signature (ISO 8601)"),
            Column("chars", .integer, "Length of the normalized text in characters (Unicode code points)"),
            Column("sections", .integer, "Number of headings in the section tree"),
            Column("has_measures", .boolean, "Has a 主要举措和成效 part"),
            Column("has_leader_duty", .boolean, "Has a 党政主要负责人履行第一责任人职责 part"),
            Column("has_problems", .boolean, "Has a 存在的问题/不足 part"),
            Column("has_plan", .boolean, "Has a 下一年度工作安排 part"),
            Column("quantities", .integer, "Number of numeric mentions"),
            Column("citations", .integer, "Number of citations (titles and document numbers)"),
            Column("warnings", .string, "Diagnostics from all stages, separated by ' | '"),
        ],
        primaryKey: ["doc_id"])

    /// One row per numeric mention.
    public static let quantities = TableSchema(
        name: "quantities", description: "One row per numeric mention, with meaning and provenance.",
        columns: [
            Column("doc_id", .string, "Document id"),
            Column("mention", .integer, "1-based index of the mention within the document"),
            Column("text", .string, "The mention as written (marker, number, multiplier, unit)"),
            Column("value", .number, "Value after Chinese numerals and 万/亿 multipliers are applied"),
            Column("value_max", .number, "Upper end of a range (40%-60% → 60)"),
            Column("unit", .string, "Classifier or measure word (万元 → 元); empty when a noun follows directly"),
            Column("kind", .string, "count, money, percent, duration or other"),
            Column("approx", .string, "Approximation marker: 余 多 左右 约 近 以上 超 逾 上下 不足 不到"),
            Column("section", .string, "Section path, e.g. 二/(三)"),
            Column("section_title", .string, "Title of the innermost section"),
            Column("sentence", .string, "The sentence containing the mention"),
            Column("char_start", .integer, "Start offset (code points) in texts.jsonl text"),
            Column("char_end", .integer, "End offset (exclusive, code points) in texts.jsonl text"),
            Column("subject", .string, "What is counted, best effort"),
            Column("indicator", .string, "Codebook indicator id when the mention is an instance of one"),
            Column("change", .string, "increase or decrease when the mention states a change (增长5%, 比上年减少3家; the sign wins: 增长-3.2% is a decrease); empty for a level (提高到90%)"),
            Column("target", .boolean, "Whether the clause states a goal (目标, 预期, 力争, 计划, 确保 …), not an achieved figure"),
        ],
        primaryKey: ["doc_id", "mention"], foreignKeys: docFK)

    /// One row per heading.
    public static let sections = TableSchema(
        name: "sections", description: "The heading tree of each report with standard-part labels.",
        columns: [
            Column("doc_id", .string, "Document id"),
            Column("path", .string, "Path of markers, e.g. 二/(三)"),
            Column("level", .integer, "1 for 一、, 2 for (一), 3 for 1., 4 for 一是"),
            Column("marker", .string, "Heading marker as written"),
            Column("title", .string, "Heading text"),
            Column("parent", .string, "Path of the parent section"),
            Column("part", .string, "Standard part: measures, leader_duty, problems, plan or other"),
            Column("char_start", .integer, "Start offset (code points) in the text"),
            Column("char_end", .integer, "End offset (exclusive) of the section's extent"),
        ],
        primaryKey: ["doc_id", "char_start"], foreignKeys: docFK)

    /// One row per citation.
    public static let citations = TableSchema(
        name: "citations", description: "Laws, regulations and documents cited: 《…》 titles and document numbers.",
        columns: [
            Column("doc_id", .string, "Document id"),
            Column("citation", .integer, "1-based index within the document"),
            Column("kind", .string, "title or doc_number"),
            Column("text", .string, "The citation as written (titles without 《》)"),
            Column("title_kind", .string, "For titles: 法 条例 规定 办法 细则 意见 通知 方案 纲要 规划 计划 其他"),
            Column("issuer", .string, "For document numbers: issuer prefix, e.g. 厦海政办"),
            Column("year", .integer, "For document numbers: year in the brackets"),
            Column("serial", .integer, "For document numbers: serial number"),
            Column("normalized", .string, "Document number with brackets folded to 〔〕"),
            Column("char_start", .integer, "Start offset (code points) in the text"),
            Column("char_end", .integer, "End offset (exclusive)"),
        ],
        primaryKey: ["doc_id", "citation"], foreignKeys: docFK)

    /// Long form of the indicator panel.
    public static let indicatorMentions = TableSchema(
        name: "indicator_mentions", description: "Each quantity recognized as a codebook indicator (long form).",
        columns: [
            Column("doc_id", .string, "Document id"),
            Column("indicator", .string, "Codebook indicator id"),
            Column("value", .number, "The quantity's value"),
            Column("unit", .string, "The quantity's unit"),
            Column("mention", .integer, "The quantity's mention index (joins quantities)"),
        ],
        primaryKey: ["doc_id", "indicator", "mention"], foreignKeys: docFK)

    /// One row per diagnostic a stage emitted about a document.
    public static let diagnostics = TableSchema(
        name: "diagnostics", description: "One row per diagnostic: what a stage noticed about a report, with a stable code to filter on.",
        columns: [
            Column("doc_id", .string, "Document id"),
            Column("diagnostic", .integer, "1-based index within the document, in the order the stages emitted them"),
            Column("stage", .string, "Stage that emitted it: fetch, clean, normalize or extract"),
            Column("severity", .string, "info, warning or error"),
            Column("code", .string, "Stable code: " + DiagnosticCode.allCases.map(\.rawValue).joined(separator: " ")),
            Column("message", .string, "Readable detail (the text documents.warnings joins)"),
        ],
        primaryKey: ["doc_id", "diagnostic"], foreignKeys: docFK)

    /// Wide panel: keys then one column per codebook indicator.
    public static func indicators(_ codebook: Codebook) -> TableSchema {
        var columns = [
            Column("doc_id", .string, "Document id"),
            Column("agency", .string, "Issuing body"),
            Column("division_code", .string, "GB/T 2260 code"),
            Column("province", .string, "Province-level division"),
            Column("city", .string, "Prefecture-level division"),
            Column("county", .string, "County-level division"),
            Column("report_year", .integer, "The year the report is about"),
        ]
        for i in codebook.indicators {
            columns.append(Column(i.id, .number, "\(i.labelZH) / \(i.labelEN) (units: \(i.units.joined(separator: " ")); \(i.aggregate) of instances)"))
        }
        return TableSchema(name: "indicators", description: "The panel: one row per report, one column per codebook indicator.",
                           columns: columns, primaryKey: ["doc_id"], foreignKeys: docFK)
    }

    /// Every row table in export order.
    public static func all(_ codebook: Codebook) -> [TableSchema] {
        [documents, quantities, sections, citations, indicatorMentions, indicators(codebook), diagnostics]
    }
}
