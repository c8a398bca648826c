import ArgumentParser

/// Log line formats.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
