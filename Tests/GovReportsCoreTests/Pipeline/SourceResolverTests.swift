import Foundation
import Testing
@testable import GovReportsCore

/// Sources: files, folders (recursive), globs; stable ids; clear errors.
@Suite struct SourceResolverTests {
    /// Folders are searched recursively for report extensions only (pages, text and the attachment formats), in
    /// sorted order, with stable ids.
    @Test func folderGlobAndStableIDs() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let sub = corpus.docs.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: sub.appendingPathComponent("e.shtml"))
        try Data("x".utf8).write(to: sub.appendingPathComponent("notes.png"))
        for name in ["f.pdf", "g.DOCX", "h.doc", "i.wps"] { try Data("x".utf8).write(to: sub.appendingPathComponent(name)) }
        let r = SourceResolver(baseDirectory: corpus.root)
        let docs = try r.resolve([SourceSpec(path: "docs")])
        #expect(docs.map(\.source) == ["docs/a.txt", "docs/b.txt", "docs/c.txt", "docs/sub/e.shtml", "docs/sub/f.pdf",
                                       "docs/sub/g.DOCX", "docs/sub/h.doc", "docs/sub/i.wps"])
        #expect(try r.resolve([SourceSpec(path: "docs/sub/*.pdf")]).map(\.source) == ["docs/sub/f.pdf"])
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

    /// The extension test used when listing folders agrees with Foundation's `pathExtension`, lowercased.
    @Test(arguments: ["/a/b/report.html", "/a/b/REPORT.HTM", "/a/b.d/report", "/a/b/report.", "/a/b/x.tar.txt",
                      "/a/b/报告.shtml", "/a/b/.hidden", "/a/b/..html", "report.Txt", "/a/b/c.", "/a/b/c.h tml", "/a/b/a..html",
                      "/a/b/...htm", "/a/b/. .txt", "/a/b/x.y z.html", "/a/b/page.HtMl"])
    func fileExtensionMatchesFoundation(path: String) {
        #expect(SourceResolver.fileExtension(path) == URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Files listed from a folder get the same paths as Foundation's standardized URLs give, in a nested layout.
    @Test func nestedFolderPathsAreStandardized() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-src-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["docs/a.html", "docs/sub/b.HTM", "docs/sub/deeper/c.txt", "docs/sub/skip.png", "docs/.hidden.html"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let docs = try SourceResolver(baseDirectory: root).resolve([SourceSpec(path: "./docs/sub/../")])
        #expect(docs.map(\.source) == ["docs/a.html", "docs/sub/b.HTM", "docs/sub/deeper/c.txt"])
        for doc in docs {
            #expect(doc.path == URL(fileURLWithPath: doc.path ?? "").standardizedFileURL.path)
        }
    }
}
