/// The charsets the clean stage decodes; every Chinese legacy label maps to GB18030, its superset.
enum TextCharset: String, Sendable {
    /// UTF-8.
    case utf8 = "utf-8"
    /// GB18030, which also decodes GB2312 and GBK (real "gb2312" pages contain GBK-only characters).
    case gb18030 = "gb18030"
    /// UTF-16, little-endian; only ever chosen from a byte-order mark (a `<meta>` saying utf-16 is wrong by definition).
    case utf16le = "utf-16le"
    /// UTF-16, big-endian (from a byte-order mark).
    case utf16be = "utf-16be"
    /// UTF-32, little-endian (from a byte-order mark).
    case utf32le = "utf-32le"
    /// UTF-32, big-endian (from a byte-order mark).
    case utf32be = "utf-32be"

    /// Maps a charset label from a header, BOM or `<meta>` to a supported charset, or nil if unsupported.
    static func fromLabel(_ label: String) -> TextCharset? {
        let key = label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312",
             "gb_2312-80", "gb_2312", "chinese", "iso-ir-58", "csiso58gb231280", "x-euc-cn": return .gb18030
        default: return nil
        }
    }
}
