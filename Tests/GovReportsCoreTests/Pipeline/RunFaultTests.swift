import Foundation
import GRDB
import Testing
@testable import GovReportsCore

/// Which errors are run-level storage faults, and how they read (issue 20).
@Suite struct RunFaultTests {
    /// Each fault errno from our own file layer becomes a fault naming the path, the system's words and advice.
    @Test(arguments: [ENOSPC, EDQUOT, EROFS, EIO, EFBIG])
    func faultErrnosAreRunFaults(code: Int32) throws {
        let fault = try #require(RunFault.classify(PlainFileError(path: "/out/stages/clean/a.json", errno: code, writing: true)))
        #expect(fault.code == code)
        #expect(fault.path == "/out/stages/clean/a.json")
        #expect(fault.description.hasPrefix("/out/stages/clean/a.json: \(String(cString: strerror(code)));"))
        #expect(!fault.description.contains("Code="))
    }

    /// Per-document problems stay per-document.
    @Test func otherErrorsAreNot() {
        #expect(RunFault.classify(PlainFileError(path: "/docs/a.html", errno: ENOENT)) == nil)
        #expect(RunFault.classify(PlainFileError(path: "/docs/a.html", errno: EACCES)) == nil)
        #expect(RunFault.classify(DocumentError.unreadable(docID: "a", source: "a", reason: "gone")) == nil)
    }

    /// Foundation's errors (with the POSIX error underneath) and SQLite's SQLITE_FULL are recognised too.
    @Test func foundationAndSQLiteErrorsAreRecognised() throws {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))
        let cocoa = NSError(domain: NSCocoaErrorDomain, code: 512,
                            userInfo: [NSUnderlyingErrorKey: underlying, NSFilePathErrorKey: "/out/quantities.csv"])
        let fault = try #require(RunFault.classify(cocoa))
        #expect(fault.code == ENOSPC)
        #expect(fault.path == "/out/quantities.csv")
        #expect(fault.description.contains("No space left on device"))
        let full = try #require(RunFault.classify(DatabaseError(resultCode: .SQLITE_FULL), path: "/out/state.sqlite"))
        #expect(full.code == ENOSPC)
        #expect(full.path == "/out/state.sqlite")
    }

    /// A Foundation error never reaches a message as `Error Domain=… Code=…`.
    @Test func foundationErrorsReadAsWords() {
        let bare = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSFilePathErrorKey: "/out/x.json"])
        let text = ErrorText.describe(bare)
        #expect(!text.contains("Code=") && !text.contains("NSCocoaErrorDomain"))
        #expect(text.contains("/out/x.json"))
        let posix = NSError(domain: NSCocoaErrorDomain, code: 512,
                            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)),
                                       NSFilePathErrorKey: "/out/x.json"])
        #expect(ErrorText.describe(posix) == "/out/x.json: Permission denied")
    }

    /// A write into a missing, uncreatable place reports the system's reason, not a Foundation code.
    @Test func atomicWriteKeepsTheSystemReason() throws {
        do {
            try AtomicFile.write(Data("x".utf8), to: URL(fileURLWithPath: "/proc/self/no-such-dir/a.json"))
            Issue.record("the write did not fail")
        } catch {
            #expect(!"\(error)".contains("Code="))
            #expect("\(error)".contains("cannot write /proc/self/no-such-dir/a.json: "))
        }
    }
}
