import Foundation

/// A file that `PlainFile` could not read or look at, with the system's reason.
struct PlainFileError: Error, CustomStringConvertible {
    /// The file's path.
    let path: String
    /// The system's reason (`strerror`), such as "No such file or directory".
    let reason: String

    /// Captures the reason for `errno`.
    init(path: String, errno code: Int32) {
        self.path = path
        reason = String(cString: strerror(code))
    }

    /// "cannot read PATH: REASON".
    var description: String { "cannot read \(path): \(reason)" }
}
