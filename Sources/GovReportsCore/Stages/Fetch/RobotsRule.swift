/// One Allow or Disallow line of the robots.txt group that applies to us.
public struct RobotsRule: Sendable, Equatable {
    /// True for Allow, false for Disallow.
    public var allow: Bool
    /// The path pattern, with `*` wildcards and an optional `$` end anchor.
    public var pattern: String

    /// Creates a rule.
    public init(allow: Bool, pattern: String) {
        self.allow = allow
        self.pattern = pattern
    }
}
