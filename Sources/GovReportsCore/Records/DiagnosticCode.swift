/// The stable identifier of a diagnostic: the datasets carry it so a researcher can filter on it, so a code is never
/// renamed or reused. To add one, add a case here (its raw value is the code, kebab-case) and emit it with
/// `Diagnostic(.code, stage:, severity:, message)`; the `diagnostics` table and codebook need nothing else.
public enum DiagnosticCode: String, Codable, Sendable, CaseIterable {
    // Clean.
    /// NUL bytes were removed from the text.
    case nulBytesRemoved = "nul-bytes-removed"
    /// The transport or the page names a charset that is not supported; the charset was detected instead.
    case charsetUnsupported = "charset-unsupported"
    /// The declared charset contradicts the bytes; they were decoded as what they are.
    case charsetMismatch = "charset-mismatch"
    /// Invalid byte sequences were replaced with U+FFFD while decoding.
    case bytesReplaced = "bytes-replaced"
    /// libxml2 stopped parsing early; text after that point is lost.
    case parserStopped = "parser-stopped"
    /// No known content container: the main text was chosen by text density.
    case contentByDensity = "content-by-density"
    /// The chosen body held far less than the page's sentence text; the message gives the figures and the fallback.
    case bodySuspect = "body-suspect"
    /// No title element, meta title or `<title>` named the article: the title is the line standing just above the
    /// page's date line (the layout's headline slot), a guess a researcher may want to check.
    case titleFromLayout = "title-from-layout"
    /// A text's headline shared its line with the page's fields (`标题　　发布时间：…　来源：…`), which the chrome rules
    /// remove: the title is the words before the first field label (`FieldLineTitle`), a guess a researcher may check.
    case titleFromFieldLine = "title-from-field-line"
    /// The headline taken as the title and the page's `<title>` share no text (a `<title>` naming only the channel,
    /// `工作动态`): the headline was kept; the message names both.
    case titleDisagrees = "title-disagrees"
    /// The body came out thin and the page embeds another document (`<iframe src>`, `<embed src>`, `<object data>`):
    /// the body probably lives there; the message names the addresses so a researcher can fetch them.
    case bodyEmbedded = "body-embedded"
    /// The page's own body was thin and it carries a document inline in `<iframe srcdoc="…">`: that document's
    /// body was read as the page's (a guess a researcher may want to check).
    case bodyFromSrcdoc = "body-from-srcdoc"
    /// The page's own body was thin and an inline script's JSON state holds the article as an HTML string
    /// (`window.__INITIAL_STATE__`, `__NEXT_DATA__`): that HTML was read as the body, its sibling date and source keys
    /// as the page's (a guess a researcher may want to check).
    case bodyFromScriptState = "body-from-script-state"
    /// No visible or meta date: the publication date was read from a full date in the page's address
    /// (`/art/2024/3/5/`, `t20240305_…`), a guess a researcher may want to check.
    case publishedFromURL = "published-from-url"
    /// No visible date: the publication date was read from the page's `<time datetime>` (the only date its `<time>`
    /// elements name, or the one marked `pubdate` / `itemprop="datePublished"`).
    case publishedFromTimeElement = "published-from-time-element"
    /// Start tags with thousands of attributes or of megabytes were shortened before parsing (libxml2 is
    /// quadratic in them).
    case markupBounded = "markup-bounded"
    /// clean: a body table too large to keep as a grid (more slots than `TableGridBuilder.maxSlots`); its text is kept as lines.
    case tableFlattened = "table-flattened"
    /// Pages of a PDF have no text layer (scanned images); the message names them. As a failure: no page has one.
    case pdfNoText = "pdf-no-text"
    /// poppler gave no text or U+FFFD for a PDF; MuPDF's reading was used.
    case pdfFallbackReader = "pdf-fallback-reader"
    /// antiword could not read a DOC; catdoc's reading was used.
    case docFallbackReader = "doc-fallback-reader"
    /// clean: lines a chrome line rule matches were kept because they open with a list marker of the body
    /// (`（一）县政府门户网站`), or attachment lines were kept whole with a download/view counter in a note that could
    /// not be cut (`AttachmentCounter`); the message names them, for a researcher to check.
    case chromeLikeLineKept = "chrome-like-line-kept"
    // Normalize.
    /// Normalization left no body text.
    case bodyEmpty = "body-empty"
    /// A long paragraph occurs twice or more in the body.
    case duplicateParagraphs = "duplicate-paragraphs"
    /// No headline named the article and the page's `<title>` names only its channel (`部门动态`): it was not taken
    /// as the title.
    case titleChannelOnly = "title-channel-only"
    /// No headline named the article and the body opens with the first of several same-level section headings
    /// (`<h2>`s): that heading was not taken as the title.
    case titleSectionHeading = "title-section-heading"
    /// Lines the site template matched inside the body were kept because they are a table's header or rows
    /// (reports made from one form share them); the message names how many and the first.
    case templateTableKept = "template-table-kept"
    // Extract.
    /// The title could not be determined.
    case titleMissing = "title-missing"
    /// No issuing agency was found.
    case agencyMissing = "agency-missing"
    /// Several bodies sign the report together; the first named is the agency and the message names the others.
    case agencyJoint = "agency-joint"
    /// The agency comes from the page's issuer field (发布机构) alone, which may name the site that reposted it.
    case agencyFromPage = "agency-from-page"
    /// The region was inferred from place names in the text, not from the agency name.
    case regionInferred = "region-inferred"
    /// A place name or the place evidence is ambiguous; the division code is left empty.
    case regionAmbiguous = "region-ambiguous"
    /// The agency is a functional zone (苏州工业园区, 雄安新区) without a division code of its own: the code is the
    /// division it lies in.
    case regionZone = "region-zone"
    /// The report year is anonymized in the source (20*年).
    case yearAnonymized = "year-anonymized"
    /// The report year was inferred from the signing or publication date.
    case yearInferred = "year-inferred"
    /// The report year is not stated.
    case yearMissing = "year-missing"
    /// A disclosure-report table was recognized without some of the template's rows or columns, or with a row label
    /// the template does not have (its cells are not kept), or a plain text's table-like lines name a table's labels
    /// but no table was read from them (its cells may be missing).
    case disclosurePartial = "disclosure-partial"
    /// A data cell of a disclosure table is neither a number nor a blank mark; it is left empty.
    case disclosureCellUnreadable = "disclosure-cell-unreadable"
    /// A money cell was written in another unit (元, 亿元) and converted to 万元.
    case disclosureUnitConverted = "disclosure-unit-converted"
    /// The same table cell occurs twice (a repeated table or row); the first is kept.
    case disclosureDuplicateCell = "disclosure-duplicate-cell"
    /// The tables do not show their template version; it was taken from the report year.
    case disclosureTemplateInferred = "disclosure-template-inferred"
    /// 三: 一 本年新收 + 二 上年结转 ≠ 三（七）总计 + 四 结转下年度 in a column.
    case disclosureIdentity = "disclosure-identity"
    /// 三: （七）总计 ≠ the sum of （一）…（六） in a column.
    case disclosureRowTotal = "disclosure-row-total"
    /// 三: the 总计 column ≠ 自然人 + the five 法人或其他组织 columns in a row.
    case disclosureColumnTotal = "disclosure-column-total"
    /// 四: a group's 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结.
    case disclosureReviewTotal = "disclosure-review-total"
    /// The text restates a table total with another number.
    case disclosureTextMismatch = "disclosure-text-mismatch"
    /// A body table with figures got neither a header row nor a header column (a table with no labels, or the
    /// continuation of a table split over two `<table>`s): its cells are kept without headers; the message names it.
    case tableNoHeader = "table-no-header"
    /// A body table with no header row, right after a table (or its earlier parts) of the same columns and column
    /// kinds, was read as that table's continuation (a table split over two `<table>`s): its cells take the earlier
    /// part's column headers and their units; the message names both tables (info).
    case tableContinued = "table-continued"
    /// A body table with figures and no header row follows a table with one, but its columns do not match that
    /// table's (width or column kinds), so no column headers were carried over: its cells have none.
    case tableNoColumnHeader = "table-no-column-header"
    /// A number is broken by a line break (a PDF's wrapped line) or grouped with spaces (`1 234`): its value
    /// cannot be read with certainty, so no quantity was taken from it; the message names the places.
    case quantitySplitNumber = "quantity-split-number"
    /// A text extracted from a PDF was hard-wrapped at one width: its wrapped lines were joined into paragraphs
    /// (so a body line is a paragraph of several source lines); the message gives the count.
    case textWrapJoined = "text-wrap-joined"
    /// In a hard-wrapped text, a full line ends mid-sentence where a number or unit may continue on the next line,
    /// but the next line was not joined (it opens a paragraph, an item or a table row): a value may be split; the
    /// message names the places.
    case textWrapUnjoined = "text-wrap-unjoined"
    /// Digits grouped by single spaces inside prose (`纠纷3 756件`: an ideograph before, the unit right after, groups
    /// of three as GB/T 15835 writes them) were read as one number; the message names the places so a researcher can
    /// check them.
    case quantitySpacedGroups = "quantity-spaced-groups"
    /// Digits of one number parted by stray single spaces inside prose, as an OCR'd scan writes them (`案件1 2 6件`,
    /// `纠纷5 ,219件`: an ideograph before, the unit right after, groups of any width) were read as one number; the
    /// message names the places so a researcher can check them.
    case quantityStraySpaces = "quantity-stray-spaces"
    /// A Chinese fraction that is no plain share: improper (`五分之七`) or part of a name (`四分之一决赛`, a
    /// quarter-final); no quantity was taken from it, and the message names the places.
    case quantityOddFraction = "quantity-odd-fraction"
    // Failures (severity error): the document stopped at the stage named.
    /// The file could not be read, or is gone.
    case sourceUnreadable = "source-unreadable"
    /// The source is of a kind the stage cannot handle.
    case sourceUnsupported = "source-unsupported"
    /// The download failed (HTTP status, timeout, robots.txt, size limits, redirects, network).
    case fetchFailed = "fetch-failed"
    /// The upstream stage has no good output to run on.
    case inputMissing = "input-missing"
    /// The input has no bytes, or only whitespace.
    case inputEmpty = "input-empty"
    /// The input is a binary file, not a report.
    case inputBinary = "input-binary"
    /// The input is over `clean.maxInputBytes`.
    case inputTooLarge = "input-too-large"
    /// Decoding or parsing left no body text at all.
    case noContent = "no-content"
    /// Cleaning took longer than `clean.maxSecondsPerDocument`; the document was abandoned.
    case documentTimeout = "document-timeout"
    /// The document yields more rows than `extract.maxRowsPerDocument`.
    case documentTooLarge = "document-too-large"
    /// The run-state database could not be read or written for this document.
    case stateError = "state-error"
    /// Any other failure of a stage on this document.
    case stageFailed = "stage-failed"
    /// A `govreports stream` input item is not a document (not JSON, no source, no or several contents, bad base64).
    case inputInvalid = "input-invalid"
    /// `govreports stream` ran without a template book (`--templates DIR`) while the config learns site templates
    /// (`clean.template.group` is not `none`): lines a `run` would remove as the site's template stay in the text.
    case templateBookMissing = "template-book-missing"
    /// A record of a WARC source could not be read (cut short, corrupt gzip, no valid header); the message names
    /// the archive and the offset. Reading went on with the next record.
    case warcRecordBad = "warc-record-bad"
    /// The input is an attachment format that is recognised but not read (WPS, OFD).
    case unsupportedFormat = "unsupported-format"
    /// A PDF, DOCX or DOC its readers could not read.
    case attachmentUnreadable = "attachment-unreadable"
    /// The program that reads the attachment's format is not installed.
    case attachmentReaderMissing = "attachment-reader-missing"
}
