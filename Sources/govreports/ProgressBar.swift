import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal (never under cron or in logs).
final class ProgressBar: @unchecked Sendable {
    /// Serializes drawing from worker threads.
    private let lock = NSLock()
    /// When the bar was last drawn, to limit redraws.
    private var lastDraw = Date.distantPast

    /// A bar when stderr is a TTY and output is not quieted; nil otherwise.
    static func forStderr(enabled: Bool) -> ProgressBar? {
        enabled && isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    /// Redraws the bar at most ten times a second, and always at the end.
    func update(_ done: Int, _ total: Int) {
        lock.withLock {
            guard done == total || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = Date()
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) documents".utf8))
        }
    }

    /// Ends the bar's line.
    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
