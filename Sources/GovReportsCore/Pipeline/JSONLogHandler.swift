import Foundation
import Logging

/// A swift-log handler that writes one JSON object per line to stderr, for log shippers.
public struct JSONLogHandler: LogHandler {
    /// Logger label.
    let label: String
    /// Minimum level written.
    public var logLevel: Logger.Level = .info
    /// Metadata attached to every record.
    public var metadata: Logger.Metadata = [:]

    /// Creates a handler for a label.
    public init(label: String) {
        self.label = label
    }

    /// Metadata by key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes one record as a JSON line.
    public func log(event: LogEvent) {
        var object: [String: String] = ["ts": Timestamp.now(), "level": event.level.rawValue, "logger": label,
                                        "msg": event.message.description]
        for (k, v) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) {
            object[k] = v.description
        }
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return
        }
        data.append(0x0A)
        FileHandle.standardError.write(data)
    }
}
