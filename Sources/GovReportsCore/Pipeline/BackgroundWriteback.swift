import Foundation

/// Flushes the output's file system every few seconds while the per-document stages run, so what they write goes
/// to disk alongside the work instead of all at once in export's final flush (`FileSystemSync`).
///
/// The kernel starts writing dirty pages back on its own only after about 30 s, or once a tenth of memory is dirty:
/// a run that writes 1.5 GB of artifacts in under 30 s (10,000 pages with `--jobs 2`) left nearly all of it for
/// export to wait on. The flushes happen on their own thread and only wait for the disk.
final class BackgroundWriteback: @unchecked Sendable {
    /// A folder on the file system to flush.
    private let folder: URL
    /// Seconds between flushes.
    private let interval: TimeInterval
    /// Guards `stopped` and wakes the thread when it is set.
    private let condition = NSCondition()
    /// Set by `stop()`.
    private var stopped = false

    /// Prepares flushes of `folder`'s file system every `interval` seconds.
    init(folder: URL, interval: TimeInterval = 2) {
        self.folder = folder
        self.interval = interval
    }

    /// Starts flushing on a background thread.
    func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "govreports.writeback"
        thread.qualityOfService = .utility
        thread.start()
    }

    /// Stops the flushes (the one under way finishes on its own); safe to call more than once.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    /// Waits `interval`, flushes, and again, until stopped.
    private func loop() {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            _ = condition.wait(until: Date(timeIntervalSinceNow: interval))
            if stopped { break }
            condition.unlock()
            // A failed flush only means export's own flush has more to do.
            try? FileSystemSync.flush(folder)
            condition.lock()
        }
    }
}
