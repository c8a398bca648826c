import Foundation
import GRDB

/// A fault of the output or state storage itself (disk full, quota, read-only, I/O error, file too large): not a
/// problem of one document, so the run stops at the first one, says in one line what failed and what to do, and
/// leaves the last good datasets and state as they were (exit 74, EX_IOERR).
public struct RunFault: Error, CustomStringConvertible, Equatable {
    /// The file or folder being written.
    public let path: String
    /// The system error number (ENOSPC, EDQUOT, EROFS, EIO or EFBIG).
    public let code: Int32

    /// The errno values that are run-level faults.
    public static let faultCodes: Set<Int32> = [ENOSPC, EDQUOT, EROFS, EIO, EFBIG]

    /// The system's words for the error (`strerror`), e.g. "No space left on device".
    public var reason: String { String(cString: strerror(code)) }

    /// What the operator should do about it.
    public var advice: String {
        switch code {
        case ENOSPC: return "free space on that file system (or point --output at another one) and run again"
        case EDQUOT: return "the disk quota is used up: free space or raise the quota, then run again"
        case EROFS: return "that file system is mounted read-only: remount it read-write or choose another --output"
        case EFBIG: return "the file is larger than the file system or the process's file-size limit (ulimit -f) allows"
        default: return "the disk or file system reported an I/O error: check it (dmesg, fsck) before running again"
        }
    }

    /// One line: path, the system's reason, what to do, and that nothing good was lost.
    public var description: String {
        "\(path): \(reason); \(advice). The run stopped at this first storage error; the last good datasets and "
            + "run state are unchanged"
    }

    /// A fault for `code` at `path`.
    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// The run-level fault inside `error`, if it is one; `path` names the file when the error does not.
    public static func classify(_ error: any Error, path: String? = nil) -> RunFault? {
        if let fault = error as? RunFault { return fault }
        guard let (first, found) = errno(of: error), faultCodes.contains(first) else { return nil }
        var code = first
        let named = found ?? path ?? "output"
        // SQLite says only "disk I/O error" for most failed writes (a full disk among them, when the shared-memory
        // or journal file cannot grow); the file system itself tells which it was.
        if error is DatabaseError, code == EIO, let measured = fileSystemFault(near: named) { code = measured }
        return RunFault(path: named, code: code)
    }

    /// ENOSPC when the file system holding `path` has no block left, EROFS when it is mounted read-only, else nil.
    static func fileSystemFault(near path: String) -> Int32? {
        var info = statvfs()
        var probe = path
        while statvfs(probe, &info) != 0 {
            let parent = (probe as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != probe else { return nil }
            probe = parent
        }
        if info.f_flag & UInt(ST_RDONLY) != 0 { return EROFS }
        if info.f_bavail == 0 { return ENOSPC }
        return nil
    }

    /// The errno an error carries and the path it names, looking through the error types storage produces.
    static func errno(of error: any Error) -> (Int32, String?)? {
        if let file = error as? PlainFileError { return (file.code, file.path) }
        if let posix = error as? POSIXError { return (posix.code.rawValue, nil) }
        // The fetch archive (fetch.warc) is output storage too: a full disk there stops the run like any other.
        if case .archiveFailed(_, let archive, let code)? = error as? FetchError { return (code, archive) }
        if let database = error as? DatabaseError {
            // SQLite reports ENOSPC as SQLITE_FULL and other failed reads/writes as SQLITE_IOERR (extended codes).
            switch database.resultCode.primaryResultCode {
            case .SQLITE_FULL: return (ENOSPC, nil)
            case .SQLITE_IOERR: return (EIO, nil)
            default: return nil
            }
        }
        let ns = error as NSError
        let path = ns.userInfo[NSFilePathErrorKey] as? String
        if ns.domain == NSPOSIXErrorDomain { return (Int32(ns.code), path) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error, let (code, inner) = errno(of: underlying) {
            return (code, inner ?? path)
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case CocoaError.fileWriteOutOfSpace.rawValue: return (ENOSPC, path)
            case CocoaError.fileWriteVolumeReadOnly.rawValue: return (EROFS, path)
            default: return nil
            }
        }
        return nil
    }
}
