/// A document's bytes converted to well-formed UTF-8.
struct DecodedText: Sendable {
    /// Well-formed UTF-8 (no BOM).
    var utf8: [UInt8]
    /// Bad input bytes replaced with U+FFFD.
    var replacements: Int
}
