import Foundation

/// Rule tables for quantity scanning (units with kinds, stoplist of fixed expressions), loaded from data files.
public struct QuantityRules: Sendable {
    /// Extra fixed expressions that are never quantities (from `pipeline.json` `extract.stoplist`).
    public var extraStoplist: [String]

    /// Loads the bundled tables and adds the user's extra stoplist entries.
    public static func bundled(extraStoplist: [String] = []) throws -> QuantityRules {
        QuantityRules(extraStoplist: extraStoplist)
    }
}
