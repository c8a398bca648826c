/// Builds the heading tree (一、 / (一) / 1. / 一是) of a normalized report and labels standard parts.
public struct SectionParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Returns the sections in document order with offsets into `text` (Unicode scalars).
    public func parse(_ text: String) -> [SectionRecord] {
        []
    }
}
