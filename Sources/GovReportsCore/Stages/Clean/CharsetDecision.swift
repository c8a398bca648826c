/// The charset chosen for one document and why.
struct CharsetDecision: Sendable, Equatable {
    /// Charset to decode with.
    var charset: TextCharset
    /// Bytes of byte-order mark to skip.
    var bomLength: Int
    /// Where the charset came from: `hint`, `bom`, `meta` or `sniffed`.
    var basis: String
    /// Invalid UTF-8 sequences seen while checking (0 when the bytes are valid UTF-8; under a declared legacy
    /// charset the check stops at the first, so the count is then at most 1).
    var invalidUTF8: Int
    /// Diagnostics (declared charset overruled, unsupported label …).
    var diagnostics: [Diagnostic]
}
