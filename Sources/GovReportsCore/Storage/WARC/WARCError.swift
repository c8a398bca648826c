import Foundation

/// A WARC archive that could not be read or written at all (as opposed to a bad record inside it, which is a
/// `WARCIssue` and does not stop the read).
public enum WARCError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The archive could not be opened or read; `code` is the system error number.
    case unreadable(archive: String, code: Int32)
    /// The archive could not be written; `code` is the system error number.
    case unwritable(archive: String, code: Int32)
    /// zlib refused to start (out of memory).
    case zlib(archive: String, reason: String)
    /// The record asked for is not at the position given (the archive changed since it was listed).
    case recordMoved(archive: String, position: WARCPosition)

    /// One line naming the archive and the reason.
    public var description: String {
        switch self {
        case .unreadable(let archive, let code): "cannot read WARC \(archive): \(String(cString: strerror(code)))"
        case .unwritable(let archive, let code): "cannot write WARC \(archive): \(String(cString: strerror(code)))"
        case .zlib(let archive, let reason): "zlib failed on \(archive): \(reason)"
        case .recordMoved(let archive, let position):
            "\(archive) at \(position): the record listed there is gone (the archive changed since this run listed it)"
        }
    }
}
