import ArgumentParser

/// Log line formats.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    /// Human-readable lines, or one JSON object per line.
    case text, json
}
