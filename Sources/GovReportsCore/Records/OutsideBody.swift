/// The page text the clean stage left outside the body (header, navigation, sidebars, footers around the chosen
/// content), recorded so an audit view can show it struck through where it stood. Bounded per page: a huge
/// navigation menu stops the recording at `maxRecordedScalars`, and `truncated` says so.
public struct OutsideBody: Codable, Sendable, Equatable {
    /// The blocks in document order.
    public var blocks: [OutsideBodyBlock]
    /// Whether the page held more outside text than `maxRecordedScalars` (the rest is not recorded).
    public var truncated: Bool

    /// Most Unicode scalars of outside-body text recorded per page (about a screenful of menus and footers;
    /// records stay near the body's own size).
    public static let maxRecordedScalars = 4_000
    /// Nothing recorded (plain-text inputs, attachments, records of pages without a body).
    public static let none = OutsideBody(blocks: [], truncated: false)

    /// Creates the record.
    public init(blocks: [OutsideBodyBlock], truncated: Bool) {
        self.blocks = blocks
        self.truncated = truncated
    }
}
