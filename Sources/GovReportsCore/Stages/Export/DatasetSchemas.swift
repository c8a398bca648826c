/// The column definitions of every dataset table (the single source for CSV, JSONL, SQLite and datapackage).
public enum DatasetSchemas {
    /// Foreign key from a table's `doc_id` to `documents`.
    static let docFK = [(column: "doc_id", table: "documents", reference: "doc_id")]

    /// The `documents` columns with their cells.
    static let documentsColumns: [DatasetColumn<ExtractedDocument>] = [
        DatasetColumn("doc_id", .string, "Stable document id (16 hex digits of SHA-256 over the source)") { d, _ in .text(d.docID) },
        DatasetColumn("source", .string, "File path (relative to the config) or URL the report came from") { d, _ in .text(d.source) },
        DatasetColumn("sha256", .string, "SHA-256 of the raw bytes as fetched") { d, _ in .text(d.sha256) },
        DatasetColumn("encoding", .string, "Charset the raw bytes were decoded with (utf-8 or gb18030; utf-16le/be or utf-32le/be when a byte-order mark says so)") { d, _ in .text(d.encoding) },
        DatasetColumn("title", .string, "Report title") { d, _ in .text(d.metadata.title) },
        DatasetColumn("agency", .string, "Issuing body as written, e.g. 厦门市海沧区民政局") { d, _ in .text(d.metadata.agency) },
        DatasetColumn("province", .string, "Province-level division (municipalities: 重庆市 etc.)") { d, _ in .text(d.metadata.province) },
        DatasetColumn("city", .string, "Prefecture-level division (municipalities repeat the province)") { d, _ in .text(d.metadata.city) },
        DatasetColumn("county", .string, "County-level division") { d, _ in .text(d.metadata.county) },
        DatasetColumn("division_code", .string, "Six-digit GB/T 2260 code of the most specific known division") { d, _ in .text(d.metadata.divisionCode) },
        DatasetColumn("admin_level", .string, "national, province, prefecture or county") { d, _ in .text(d.metadata.adminLevel?.rawValue) },
        DatasetColumn("report_year", .integer, "The year the report is about") { d, _ in .int(d.metadata.reportYear) },
        DatasetColumn("published", .date, "Page publication date (ISO 8601)") { d, _ in .text(d.metadata.published) },
        DatasetColumn("signed", .date, "Date under the signature (ISO 8601)") { d, _ in .text(d.metadata.signed) },
        DatasetColumn("index_no", .string, "索引号 of the disclosure page's header table") { d, _ in .text(d.metadata.indexNo) },
        DatasetColumn("issuer", .string, "发布机构/发文机关 of the header table") { d, _ in .text(d.metadata.issuer) },
        DatasetColumn("doc_number", .string, "文号 of the header table, else a document-number line at the text's head") { d, _ in .text(d.metadata.docNumber) },
        DatasetColumn("written", .date, "成文日期 of the header table (ISO 8601)") { d, _ in .text(d.metadata.written) },
        DatasetColumn("subject_terms", .string, "主题词 of the header table") { d, _ in .text(d.metadata.subjectTerms) },
        DatasetColumn("chars", .integer, "Length of the normalized text in characters (Unicode code points)") { d, _ in .int(d.chars) },
        DatasetColumn("sections", .integer, "Number of headings in the section tree") { d, _ in .int(d.sections.count) },
        DatasetColumn("has_measures", .boolean, "Has a 主要举措和成效 part") { d, _ in .bool(d.hasPart(.measures)) },
        DatasetColumn("has_leader_duty", .boolean, "Has a 党政主要负责人履行第一责任人职责 part") { d, _ in .bool(d.hasPart(.leaderDuty)) },
        DatasetColumn("has_problems", .boolean, "Has a 存在的问题/不足 part") { d, _ in .bool(d.hasPart(.problems)) },
        DatasetColumn("has_plan", .boolean, "Has a 下一年度工作安排 part") { d, _ in .bool(d.hasPart(.plan)) },
        DatasetColumn("quantities", .integer, "Number of numeric mentions") { d, _ in .int(d.quantities.count) },
        DatasetColumn("citations", .integer, "Number of citations (titles and document numbers)") { d, _ in .int(d.citations.count) },
        DatasetColumn("warnings", .string, "Diagnostics from all stages, separated by ' | '") { d, _ in d.diagnostics.isEmpty ? .null : .text(d.diagnostics.map(\.message).joined(separator: " | ")) },
        DatasetColumn("parent_doc_id", .string, "For an attachment (PDF, DOC, DOCX) found on a fetched page: that page's doc_id") { d, _ in .text(d.parentDocID) },
    ]

    /// One row per report.
    public static let documents = TableSchema(
        name: "documents", description: "One row per report: panel keys, dates and counts.",
        columns: documentsColumns.map(\.column),
        primaryKey: ["doc_id"])

    /// The `quantities` columns with their cells.
    static let quantitiesColumns: [DatasetColumn<QuantityRecord>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, q in .text(d.docID) },
        DatasetColumn("mention", .integer, "1-based index of the mention within the document") { d, q in .int(q.mention) },
        DatasetColumn("text", .string, "The mention as written (marker, number, multiplier, unit)") { d, q in .text(q.text) },
        DatasetColumn("value", .number, "Value after Chinese numerals and 万/亿 multipliers are applied") { d, q in .number(q.value) },
        DatasetColumn("value_max", .number, "Upper end of a range (40%-60% → 60)") { d, q in .number(q.valueMax) },
        DatasetColumn("unit", .string, "Classifier or measure word (万元 → 元); empty when a noun follows directly") { d, q in .text(q.unit) },
        DatasetColumn("kind", .string, "count, money, percent, duration or other") { d, q in .text(q.kind.rawValue) },
        DatasetColumn("approx", .string, "Approximation marker: 余 多 左右 约 近 以上 超 逾 上下 不足 不到") { d, q in .text(q.approx) },
        DatasetColumn("section", .string, "Section path, e.g. 二/(三)") { d, q in q.section.isEmpty ? .null : .text(q.section) },
        DatasetColumn("section_title", .string, "Title of the innermost section") { d, q in .text(q.sectionTitle) },
        DatasetColumn("sentence", .string, "The sentence containing the mention") { d, q in .text(q.sentence) },
        DatasetColumn("char_start", .integer, "Start offset (code points) in texts.jsonl text") { d, q in .int(q.charStart) },
        DatasetColumn("char_end", .integer, "End offset (exclusive, code points) in texts.jsonl text") { d, q in .int(q.charEnd) },
        DatasetColumn("subject", .string, "What is counted, best effort") { d, q in .text(q.subject) },
        DatasetColumn("indicator", .string, "Codebook indicator id when the mention is an instance of one") { d, q in .text(q.indicator) },
        DatasetColumn("change", .string, "increase or decrease when the mention states a change (增长5%, 比上年减少3家; the sign wins: 增长-3.2% is a decrease); empty for a level (提高到90%)") { d, q in .text(q.change?.rawValue) },
        DatasetColumn("target", .boolean, "Whether the clause states a goal (目标, 预期, 力争, 计划, 确保 …), not an achieved figure") { d, q in .bool(q.target) },
    ]

    /// One row per numeric mention.
    public static let quantities = TableSchema(
        name: "quantities", description: "One row per numeric mention, with meaning and provenance.",
        columns: quantitiesColumns.map(\.column),
        primaryKey: ["doc_id", "mention"], foreignKeys: docFK)

    /// The `sections` columns with their cells.
    static let sectionsColumns: [DatasetColumn<SectionRecord>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, s in .text(d.docID) },
        DatasetColumn("path", .string, "Path of markers, e.g. 二/(三)") { d, s in .text(s.path) },
        DatasetColumn("level", .integer, "0 for 第一部分/第一章, 1 for 一、, 2 for (一), 3 for 1., 4 for 一是") { d, s in .int(s.level) },
        DatasetColumn("marker", .string, "Heading marker as written") { d, s in .text(s.marker) },
        DatasetColumn("title", .string, "Heading text") { d, s in .text(s.title) },
        DatasetColumn("parent", .string, "Path of the parent section") { d, s in .text(s.parent) },
        DatasetColumn("part", .string, "Standard part: measures, leader_duty, problems, plan or other") { d, s in .text(s.part.rawValue) },
        DatasetColumn("char_start", .integer, "Start offset (code points) in the text") { d, s in .int(s.charStart) },
        DatasetColumn("char_end", .integer, "End offset (exclusive) of the section's extent") { d, s in .int(s.charEnd) },
    ]

    /// One row per heading.
    public static let sections = TableSchema(
        name: "sections", description: "The heading tree of each report with standard-part labels.",
        columns: sectionsColumns.map(\.column),
        primaryKey: ["doc_id", "char_start"], foreignKeys: docFK)

    /// The `citations` columns with their cells.
    static let citationsColumns: [DatasetColumn<CitationRecord>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, c in .text(d.docID) },
        DatasetColumn("citation", .integer, "1-based index within the document") { d, c in .int(c.citation) },
        DatasetColumn("kind", .string, "title or doc_number") { d, c in .text(c.kind.rawValue) },
        DatasetColumn("text", .string, "The citation as written (titles without 《》)") { d, c in .text(c.text) },
        DatasetColumn("title_kind", .string, "For titles: 法 条例 规定 办法 细则 意见 通知 方案 纲要 规划 计划 其他") { d, c in .text(c.titleKind) },
        DatasetColumn("issuer", .string, "For document numbers: issuer prefix, e.g. 厦海政办") { d, c in .text(c.issuer) },
        DatasetColumn("year", .integer, "For document numbers: year in the brackets") { d, c in .int(c.year) },
        DatasetColumn("serial", .integer, "For document numbers: serial number") { d, c in .int(c.serial) },
        DatasetColumn("normalized", .string, "Document number with brackets folded to 〔〕") { d, c in .text(c.normalized) },
        DatasetColumn("char_start", .integer, "Start offset (code points) in the text") { d, c in .int(c.charStart) },
        DatasetColumn("char_end", .integer, "End offset (exclusive)") { d, c in .int(c.charEnd) },
    ]

    /// One row per citation.
    public static let citations = TableSchema(
        name: "citations", description: "Laws, regulations and documents cited: 《…》 titles and document numbers.",
        columns: citationsColumns.map(\.column),
        primaryKey: ["doc_id", "citation"], foreignKeys: docFK)

    /// The `tables` columns with their cells.
    static let tablesColumns: [DatasetColumn<TableCellRecord>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, c in .text(d.docID) },
        DatasetColumn("table", .integer, "1-based position of the table in the report's body") { d, c in .int(c.table) },
        DatasetColumn("row", .integer, "1-based row of the grid after rowspan/colspan are resolved (header rows included)") { d, c in .int(c.row) },
        DatasetColumn("col", .integer, "1-based column of the grid after rowspan/colspan are resolved") { d, c in .int(c.col) },
        DatasetColumn("text", .string, "The cell's text, blanks collapsed, nested paragraphs and line breaks one space apart; empty for an empty cell (a cell spanning several slots is one row, at its top-left slot)") { d, c in .text(c.text) },
        DatasetColumn("value", .number, "The number when the whole cell is one (15767, 6.25, 1,234, 251000元 → 251000, 1.5万元 → 15000); empty otherwise") { d, c in .number(c.value) },
        DatasetColumn("unit", .string, "The number's unit (元, %, 件); empty for a plain number the table gives no unit") { d, c in .text(c.unit) },
        DatasetColumn("unit_source", .string, "Where the unit came from: cell (written in it), column-header or row-header (a bracketed unit or % in the header, e.g. 金额（万元）), unit-column (the row's 单位/计量单位 cell) or caption (a 单位：万元 row inside the table or line right above it); empty when no unit") { d, c in .text(c.unitSource?.rawValue) },
        DatasetColumn("row_header", .string, "Texts of the header columns to the cell's left in its row, ' / ' between them (body rows only)") { d, c in .text(c.rowHeader) },
        DatasetColumn("col_header", .string, "Texts of the header rows above the cell in its column, top first, ' / ' between them") { d, c in .text(c.colHeader) },
        DatasetColumn("header", .boolean, "Whether the cell is a header cell (in a header row or column, or marked <th>)") { d, c in .bool(c.isHeader) },
    ]

    /// One row per table cell.
    public static let tables = TableSchema(
        name: "tables", description: "One row per cell of the tables in each report's body, with the row and column headers that name it.",
        columns: tablesColumns.map(\.column),
        primaryKey: ["doc_id", "table", "row", "col"], foreignKeys: docFK)

    /// The `indicatorMentions` columns with their cells.
    static let indicatorMentionsColumns: [DatasetColumn<IndicatorMention>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, m in .text(d.docID) },
        DatasetColumn("indicator", .string, "Codebook indicator id") { d, m in .text(m.indicator) },
        DatasetColumn("value", .number, "The quantity's value") { d, m in .number(m.value) },
        DatasetColumn("unit", .string, "The quantity's unit") { d, m in .text(m.unit) },
        DatasetColumn("mention", .integer, "The quantity's mention index (joins quantities)") { d, m in .int(m.mention) },
    ]

    /// Long form of the indicator panel.
    public static let indicatorMentions = TableSchema(
        name: "indicator_mentions", description: "Each quantity recognized as a codebook indicator (long form).",
        columns: indicatorMentionsColumns.map(\.column),
        primaryKey: ["doc_id", "indicator", "mention"], foreignKeys: docFK)

    /// The `diagnostics` columns with their cells.
    static let diagnosticsColumns: [DatasetColumn<IndexedDiagnostic>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, x in .text(d.docID) },
        DatasetColumn("diagnostic", .integer, "1-based index within the document, in the order the stages emitted them") { d, x in .int(x.number) },
        DatasetColumn("stage", .string, "Stage that emitted it: fetch, clean, normalize or extract") { d, x in .text(x.diagnostic.stage.rawValue) },
        DatasetColumn("severity", .string, "info, warning or error") { d, x in .text(x.diagnostic.severity.rawValue) },
        DatasetColumn("code", .string, "Stable code: " + DiagnosticCode.allCases.map(\.rawValue).joined(separator: " ")) { d, x in .text(x.diagnostic.code.rawValue) },
        DatasetColumn("message", .string, "Readable detail (the text documents.warnings joins)") { d, x in .text(x.diagnostic.message) },
    ]

    /// One row per diagnostic a stage emitted about a document.
    public static let diagnostics = TableSchema(
        name: "diagnostics", description: "One row per diagnostic: what a stage noticed about a report, with a stable code to filter on.",
        columns: diagnosticsColumns.map(\.column),
        primaryKey: ["doc_id", "diagnostic"], foreignKeys: docFK)

    /// The `disclosure` columns with their cells.
    static let disclosureColumns: [DatasetColumn<DisclosureCell>] = [
        DatasetColumn("doc_id", .string, "Document id") { d, c in .text(d.docID) },
        DatasetColumn("template", .string, "Template version of the 政府信息公开工作年度报告 tables: 2019 (国办公开办函〔2019〕60号), 2021 (国办公开办函〔2021〕30号) or unknown; from the tables' own rows and columns, else the report year (diagnostic disclosure-template-inferred)") { d, c in .text(c.template) },
        DatasetColumn("table", .string, "Canonical table: proactive (二 主动公开政府信息情况), applications (三 收到和处理政府信息公开申请情况), review_litigation (四 行政复议、行政诉讼情况)") { d, c in .text(c.table) },
        DatasetColumn("row_id", .string, "Canonical row id, the same in both template versions (codebook.csv lists them under table disclosure.row_id, with both versions' labels)") { d, c in .text(c.rowID) },
        DatasetColumn("row_label", .string, "The row's label as the report writes it (label path joined by ' / ')") { d, c in .text(c.rowLabel) },
        DatasetColumn("col_id", .string, "Canonical column id (codebook.csv lists them under table disclosure.col_id)") { d, c in .text(c.colID) },
        DatasetColumn("col_label", .string, "The column's label as the report writes it (header path joined by ' / ')") { d, c in .text(c.colLabel) },
        DatasetColumn("value", .number, "The cell's number; money (fee_amount, amount) in 万元, converted when the cell or its header states 元 or 亿元 (diagnostic disclosure-unit-converted); empty when blank or unreadable") { d, c in .number(c.value) },
        DatasetColumn("blank", .boolean, "The cell was left blank (empty, -, /, 无 …): value is empty, not 0 (the template asks for 0; many publishers mean 0 by a blank, decide for yourself)") { d, c in .bool(c.blank) },
        DatasetColumn("text", .string, "The cell as written") { d, c in .text(c.text) },
    ]

    /// One row per cell of the disclosure-report template tables.
    public static let disclosure = TableSchema(
        name: "disclosure", description: "The cells of the mandated 政府信息公开工作年度报告 tables (2019 and 2021 templates), long form, with canonical row and column ids.",
        columns: disclosureColumns.map(\.column),
        primaryKey: ["doc_id", "table", "row_id", "col_id"], foreignKeys: docFK)

    /// The panel keys `indicators` and `disclosure_panel` share.
    static let panelKeys = [
        Column("doc_id", .string, "Document id"),
        Column("agency", .string, "Issuing body"),
        Column("division_code", .string, "GB/T 2260 code"),
        Column("province", .string, "Province-level division"),
        Column("city", .string, "Prefecture-level division"),
        Column("county", .string, "County-level division"),
        Column("report_year", .integer, "The year the report is about"),
    ]

    /// Wide disclosure panel: the panel keys, the template version, then one column per key cell.
    public static let disclosurePanel = TableSchema(
        name: "disclosure_panel",
        description: "One row per report with recognized 政府信息公开工作年度报告 tables: panel keys, template version, and key cells (sums of blank cells count 0; empty when no listed cell holds a number).",
        columns: panelKeys + [Column("template", .string, "Template version: 2019, 2021 or unknown")]
            + DisclosureExtractor.bundledPanel.map { Column($0.id, .number, "\($0.description) (cells: \($0.cells.joined(separator: " + ")))") },
        primaryKey: ["doc_id"], foreignKeys: docFK)

    /// Wide panel: keys then one column per codebook indicator.
    public static func indicators(_ codebook: Codebook) -> TableSchema {
        var columns = panelKeys
        for i in codebook.indicators {
            columns.append(Column(i.id, .number, "\(i.labelZH) / \(i.labelEN) (units: \(i.units.joined(separator: " ")); \(i.aggregate) of instances)"))
        }
        return TableSchema(name: "indicators", description: "The panel: one row per report, one column per codebook indicator.",
                           columns: columns, primaryKey: ["doc_id"], foreignKeys: docFK)
    }

    /// Every row table in export order.
    public static func all(_ codebook: Codebook) -> [TableSchema] {
        [documents, quantities, sections, citations, indicatorMentions, indicators(codebook), diagnostics, tables, disclosure,
         disclosurePanel]
    }
}
