import Foundation
import Testing
@testable import GovReportsCore

/// Whole-file reads and writes by plain system calls, and atomic replacement on top of them.
@Suite struct PlainFileTests {
    /// A fresh temporary folder for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-plainfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reading returns every byte, for an empty file, a small one and one larger than any single read.
    @Test(arguments: [0, 1, 4095, 4096, 300_001])
    func readReturnsEveryByte(count: Int) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = dir.appendingPathComponent("f.bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try PlainFile.read(path) == bytes)
        #expect(try PlainFile.size(path) == count)
    }

    /// A missing file is a typed error naming the path and the system's reason.
    @Test func missingFileNamesPathAndReason() throws {
        let path = "/nonexistent-\(UUID().uuidString)/page.html"
        #expect(throws: PlainFileError.self) { try PlainFile.read(path) }
        do {
            _ = try PlainFile.read(path)
        } catch {
            #expect(error.description == "cannot read \(path): No such file or directory")
        }
        #expect(throws: PlainFileError.self) { try PlainFile.size(path) }
    }

    /// The modification time matches what Foundation reports for the same file, to the bit (fetch records and
    /// identities written by earlier versions used Foundation's value).
    @Test func modificationTimeMatchesFoundation() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("f.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000.123456)],
                                              ofItemAtPath: path)
        let foundation = try #require(FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        #expect(try PlainFile.modificationTime(path) == foundation.timeIntervalSince1970)
    }

    /// An atomic write makes its missing folder, replaces an older file whole and leaves no temporary file behind.
    @Test func atomicWriteCreatesFolderAndReplaces() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a/b/record.json")
        try AtomicFile.write(Data("first".utf8), to: url)
        #expect(try PlainFile.read(url.path) == Array("first".utf8))
        try AtomicFile.write(Data("second, longer".utf8), to: url)
        #expect(try PlainFile.read(url.path) == Array("second, longer".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(names == ["record.json"])
    }

    /// A write into a folder that cannot be made fails with the destination's path and leaves nothing behind.
    @Test func atomicWriteFailureNamesDestination() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A file where the folder should be: the folder cannot be created, so both attempts fail.
        try Data("x".utf8).write(to: dir.appendingPathComponent("blocker"))
        let url = dir.appendingPathComponent("blocker/record.json")
        do {
            try AtomicFile.write(Data("y".utf8), to: url)
            Issue.record("write into a path under a file succeeded")
        } catch let error as PlainFileError {
            #expect(error.path == url.path)
            #expect(error.code == ENOTDIR)
            #expect(error.description == "cannot write \(url.path): Not a directory")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["blocker"])
    }
}
