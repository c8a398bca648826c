/// The page text the clean stage left outside the body (header, navigation, sidebars, footers around the chosen
/// content), recorded so an audit view can show it struck through where it stood. Bounded per page: the text before
/// the body and the text after its first root are each recorded up to `maxRecordedScalarsPerSide` (before the body
/// the text nearest it is kept and a huge navigation menu loses its top; after it a related-links list or footer
/// is cut at the budget), and `truncated` says so.
public struct OutsideBody: Codable, Sendable, Equatable {
    /// The blocks in document order.
    public var blocks: [OutsideBodyBlock]
    /// Whether the page held more outside text on a side than `maxRecordedScalarsPerSide` (the rest is not recorded).
    public var truncated: Bool

    /// Most Unicode scalars of outside-body text recorded before the body, and again between and after its roots:
    /// a header, menu and breadcrumb, or the share bar, related links and footer right below the article (real
    /// pages hold a few hundred; records and report pages stay well under the body's own size).
    public static let maxRecordedScalarsPerSide = 1_000
    /// Nothing recorded (plain-text inputs, attachments, records of pages without a body).
    public static let none = OutsideBody(blocks: [], truncated: false)

    /// Creates the record.
    public init(blocks: [OutsideBodyBlock], truncated: Bool) {
        self.blocks = blocks
        self.truncated = truncated
    }
}
