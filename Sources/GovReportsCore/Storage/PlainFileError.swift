import Foundation

/// A file that `PlainFile` could not read, look at or write, with the system's reason.
struct PlainFileError: Error, CustomStringConvertible {
    /// The file's path.
    let path: String
    /// The system error number, so run-level faults (ENOSPC, EIO …) can be told from per-document ones.
    let code: Int32
    /// Whether the failure was a write (create, write, flush, rename) rather than a read.
    let writing: Bool
    /// The system's reason (`strerror`), such as "No such file or directory".
    var reason: String { String(cString: strerror(code)) }

    /// Captures `errno` for a read (or, with `writing`, a write) of `path`.
    init(path: String, errno code: Int32, writing: Bool = false) {
        self.path = path
        self.code = code
        self.writing = writing
    }

    /// "cannot read PATH: REASON" or "cannot write PATH: REASON".
    var description: String { "cannot \(writing ? "write" : "read") \(path): \(reason)" }
}
