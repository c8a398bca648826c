import Foundation

/// One run per output folder: an advisory `flock` on `output/.lock`, released when the process dies.
public final class RunLock {
    /// Open descriptor holding the lock.
    private let fd: Int32

    /// Takes the lock or throws `PipelineError.locked` naming the holder's pid and start time.
    public init(output: URL) throws {
        let url = output.appendingPathComponent(".lock")
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PipelineError.outputUnwritable(path: url.path, reason: String(cString: strerror(errno))) }
        // flock is released by the kernel when the holder exits, so a lock left by a killed run is simply taken over.
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOf: url, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown holder"
            close(fd)
            throw PipelineError.locked(output: output.path, holder: holder.isEmpty ? "unknown holder" : holder)
        }
        let info = "pid \(getpid()) since \(Timestamp.now())\n"
        _ = ftruncate(fd, 0)
        _ = info.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
