import Foundation

/// ISO 8601 timestamps for records and logs.
public enum Timestamp {
    /// The current time as ISO 8601 with seconds, UTC.
    public static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
