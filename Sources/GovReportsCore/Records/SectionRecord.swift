/// One heading in a report's section tree.
public struct SectionRecord: Codable, Sendable, Equatable {
    /// Path of markers from the root, e.g. `二/(三)`.
    public var path: String
    /// Depth: 1 for `一、`, 2 for `(一)`, 3 for `1.`, 4 for `一是`.
    public var level: Int
    /// The heading marker as written after normalization, e.g. `(三)`.
    public var marker: String
    /// Heading text without the marker, up to the first sentence end.
    public var title: String
    /// Path of the parent section; nil at top level.
    public var parent: String?
    /// Standard-part label of the top-level section this belongs to.
    public var part: StandardPart
    /// Offset (Unicode scalars) of the heading start in the normalized text.
    public var charStart: Int
    /// Offset (Unicode scalars) where the section's extent ends.
    public var charEnd: Int

    /// Creates a section record.
    public init(path: String, level: Int, marker: String, title: String, parent: String?, part: StandardPart,
                charStart: Int, charEnd: Int) {
        self.path = path
        self.level = level
        self.marker = marker
        self.title = title
        self.parent = parent
        self.part = part
        self.charStart = charStart
        self.charEnd = charEnd
    }
}
