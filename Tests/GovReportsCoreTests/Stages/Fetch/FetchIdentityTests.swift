import Foundation
import Testing
@testable import GovReportsCore

/// A local file's fetch identity comes from stat(2) yet equals what earlier versions stored through
/// `FileManager.attributesOfItem`, so upgrading does not make every file look changed.
@Suite struct FetchIdentityTests {
    /// Files with assorted nanosecond modification times give the identity Foundation's attributes give; for the
    /// last four, plain `seconds + nanoseconds / 1e9` rounds differently from Foundation.
    @Test func matchesFoundationAttributes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fetch-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stage = FetchStage()
        for (i, nanos) in [0, 1, 999_999_999, 23_769_684, 79_203_475, 87_122_588, 118_799_040].enumerated() {
            let url = folder.appendingPathComponent("p\(i).html")
            try Data(repeating: 0x61, count: 100 + i).write(to: url)
            var times = [timespec(tv_sec: 1_795_484_964, tv_nsec: nanos), timespec(tv_sec: 1_795_484_964, tv_nsec: nanos)]
            #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let doc = SourceDocument(docID: "d\(i)", source: url.path, path: url.path)
            #expect(try stage.sourceIdentity(doc) == "stat:\(size):\(mtime)")
        }
    }

    /// A file that is gone is a per-document error naming the source.
    @Test func missingFileIsNamed() {
        let doc = SourceDocument(docID: "gone", source: "reports/gone.html", path: "/nonexistent/gone.html")
        #expect(throws: DocumentError.self) { try FetchStage().sourceIdentity(doc) }
    }
}
