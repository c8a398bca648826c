import Foundation

/// Words for an error in a message a user sees: our own errors describe themselves; a Foundation error becomes its
/// system reason and path instead of `Error Domain=… Code=…`.
enum ErrorText {
    /// The error in words.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        guard text.contains("Error Domain=") || text.contains("Code=") else { return text }
        if let (code, path) = RunFault.errno(of: error) ?? posixCode(error) {
            let reason = String(cString: strerror(code))
            return path.map { "\($0): \(reason)" } ?? reason
        }
        let ns = error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String).map { " (\($0))" } ?? ""
        return "the file operation failed\(path)"
    }

    /// Any POSIX errno a Foundation error carries (not only the run-level ones).
    private static func posixCode(_ error: any Error) -> (Int32, String?)? {
        let ns = error as NSError
        let path = ns.userInfo[NSFilePathErrorKey] as? String
        if ns.domain == NSPOSIXErrorDomain { return (Int32(ns.code), path) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return (Int32(underlying.code), path)
        }
        return nil
    }
}
