/// Keywords that put a top-level heading into one standard part.
public struct PartRule: Codable, Sendable {
    /// The part the keywords indicate.
    public var part: StandardPart
    /// Phrases to look for in the heading title.
    public var keywords: [String]
}
