import Foundation
import Testing
@testable import GovReportsCore

/// Sources: files, folders (recursive), globs; stable ids; clear errors.
@Suite struct SourceResolverTests {
    /// Folders are searched recursively for report extensions only, in sorted order, with stable ids.
    @Test func folderGlobAndStableIDs() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let sub = corpus.docs.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: sub.appendingPathComponent("e.shtml"))
        try Data("x".utf8).write(to: sub.appendingPathComponent("notes.pdf"))
        let r = SourceResolver(baseDirectory: corpus.root)
        let docs = try r.resolve([SourceSpec(path: "docs")])
        #expect(docs.map(\.source) == ["docs/a.txt", "docs/b.txt", "docs/c.txt", "docs/sub/e.shtml"])
        #expect(docs[0].docID == DocumentID.make(source: "docs/a.txt"))
        #expect(try r.resolve([SourceSpec(path: "docs")]) == docs)
        let globbed = try r.resolve([SourceSpec(path: "docs/*.txt")])
        #expect(globbed.count == 3)
    }

    /// A missing folder names the config key and the path.
    @Test func missingFolderNamesKey() {
        let r = SourceResolver(baseDirectory: URL(fileURLWithPath: "/tmp"))
        #expect(throws: SourceError.notFound(keyPath: "sources[0].path", path: "no-such-folder-xyz")) {
            try r.resolve([SourceSpec(path: "no-such-folder-xyz")])
        }
    }
}
