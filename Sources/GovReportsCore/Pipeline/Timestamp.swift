import Foundation

/// ISO 8601 timestamps for records and logs.
public enum Timestamp {
    /// The current time as ISO 8601 with seconds, UTC (same text as `ISO8601DateFormatter`'s default).
    public static func now() -> String {
        format(time(nil))
    }

    /// When a file was made, for files meant to be reproducible (`datapackage.json`'s `created`): the time named by
    /// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when set, else now. Two exports
    /// of the same documents under one `SOURCE_DATE_EPOCH` write the same bytes.
    public static func created() -> String {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 {
            return format(time_t(seconds))
        }
        return now()
    }

    /// `seconds` since 1970 as ISO 8601 with seconds, UTC.
    static func format(_ time: time_t) -> String {
        // Formatted by hand: building an ISO8601DateFormatter per call cost ~5% of a whole pipeline run.
        var seconds = time
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var out = [UInt8]()
        out.reserveCapacity(20)
        func put(_ value: Int32, _ width: Int) {
            var digits = [UInt8](repeating: 0x30, count: width)
            var v = value
            for i in stride(from: width - 1, through: 0, by: -1) {
                digits[i] = 0x30 + UInt8(v % 10)
                v /= 10
            }
            out.append(contentsOf: digits)
        }
        put(parts.tm_year + 1900, 4); out.append(0x2D); put(parts.tm_mon + 1, 2); out.append(0x2D); put(parts.tm_mday, 2)
        out.append(0x54); put(parts.tm_hour, 2); out.append(0x3A); put(parts.tm_min, 2); out.append(0x3A); put(parts.tm_sec, 2)
        out.append(0x5A)
        return String(decoding: out, as: UTF8.self)
    }
}
