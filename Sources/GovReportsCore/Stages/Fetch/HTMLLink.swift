/// One `<a href>` of a listing page: the absolute URL (fragment dropped) and its visible text.
public struct HTMLLink: Sendable, Equatable, Codable {
    /// Absolute http(s) URL the link points to.
    public var url: String
    /// The link's text with whitespace collapsed.
    public var text: String

    /// Creates a link.
    public init(url: String, text: String) {
        self.url = url
        self.text = text
    }
}
