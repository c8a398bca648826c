/// The program and artifact-schema versions that go into every stage fingerprint.
public enum ProgramVersion {
    /// Release version shown by `--version` and in User-Agent.
    public static let current = "0.1.0"
    /// Bumped whenever a stage's output for the same input would change; invalidates stored work (3: records carry
    /// `diagnostics` instead of `warnings`, and quantities carry `change` and `target`; 4: removed lines carry their
    /// place among the kept lines, for the report; 5: records carry `tables`; 6: clean keeps body tables as grids,
    /// one line per row, and extract records carry `tableCells`; 7: extract records carry the disclosure-template
    /// cells; 8: normalize records place every removed line among the normalized lines, template and title lines
    /// included; 9: fetch records and `documents` carry the parent page of an attachment; 10: clean and normalize
    /// records carry `outside`, the page text left outside the body, for the report; 11: new clean, table and quantity
    /// classes change the output of pages already stored; 12: clean reads prose layout tables as text and finds
    /// headers above closing note rows, extract gives mixed caption units per column and reports `table-no-header`;
    /// metadata reads joint signatures, issuer blocks and work-report sessions, sections read `第一部分` headings,
    /// clean reads URL dates and placeholder header values, quantities read lone 一/二 before 倍/成; 13: text reports
    /// carry tables, unit columns give units, split tables carry headers, clean reads `<iframe srcdoc>` bodies and
    /// `<time>` dates, quantities read spaced groups in prose and carry goals across clauses, and metadata and
    /// indicator rules moved).
    public static let schema = 13
}
