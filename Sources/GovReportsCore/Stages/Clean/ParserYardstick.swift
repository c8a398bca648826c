import Foundation

/// libxml2's own cost on one page with clean's options and none of clean's work: the yardstick `govreports bench
/// parser` reports next to clean (public so the bench target can time it without reaching into clean's internals).
public enum ParserYardstick {
    /// One page's parse costs in CPU seconds of the calling thread: building libxml2's tree (and freeing it),
    /// parsing as SAX events with no callbacks, and the same over the trimmed bytes clean hands libxml2 (the floor
    /// under clean's own parse). The page is decoded to UTF-8 and trimmed first, as clean does, untimed.
    public static func measure(_ raw: [UInt8], cpuSeconds: () -> Double) -> (tree: Double, sax: Double, trimmedSAX: Double) {
        let decision = raw.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: nil) }
        let utf8 = raw.withUnsafeBufferPointer {
            TextDecoder.decode(UnsafeBufferPointer(rebasing: $0[decision.bomLength...]), charset: decision.charset, knownInvalid: nil).utf8
        }
        let start = cpuSeconds()
        let parsed = HTMLDocument(utf8: utf8)
        withExtendedLifetime(parsed) {}
        let middle = cpuSeconds()
        PageParser.tokenizeOnly(utf8)
        let end = cpuSeconds()
        // Script and style bodies may go, as with clean's default rules (the walk drops those elements).
        let trimmed = ParserInputTrimmer.trim(utf8, rawBodies: true) ?? utf8
        let trimmedStart = cpuSeconds()
        PageParser.tokenizeOnly(trimmed)
        let trimmedEnd = cpuSeconds()
        return (middle - start, end - middle, trimmedEnd - trimmedStart)
    }
}
