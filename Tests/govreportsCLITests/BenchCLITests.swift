import Foundation
import Testing

/// `govreports bench` subcommands (issue 15): generate, memory and peers through the binary, and the former
/// `bench --generate` spelling giving the very same pages.
@Suite(.serialized) struct BenchCLITests {
    /// The sorted file names and contents of a folder.
    static func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return out
    }

    /// `bench generate` writes the pages; `bench --generate` (old spelling) writes byte-identical ones; another seed differs.
    @Test func generateMatchesTheFormerSpelling() throws {
        let cli = CLITests()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-benchcli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b"), c = root.appendingPathComponent("c")
        let r = try cli.run(["bench", "generate", "4", a.path], cwd: FileManager.default.temporaryDirectory)
        #expect(r.status == 0)
        #expect(r.out.contains("generated 4 pages"))
        #expect(try cli.run(["bench", "--generate", "4", b.path], cwd: FileManager.default.temporaryDirectory).status == 0)
        #expect(try cli.run(["bench", "generate", "4", c.path, "--seed", "9"], cwd: FileManager.default.temporaryDirectory).status == 0)
        let pages = try Self.files(a)
        #expect(pages.count == 4)
        #expect(pages == (try Self.files(b)))
        #expect(pages != (try Self.files(c)))
    }

    /// `bench memory` runs clean → normalize → extract over every page and ends with its JSON line.
    @Test func memoryPrintsItsJSONLine() throws {
        let cli = CLITests()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-benchcli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try cli.run(["bench", "generate", "3", root.path], cwd: FileManager.default.temporaryDirectory).status == 0)
        let r = try cli.run(["bench", "memory", root.path], cwd: FileManager.default.temporaryDirectory)
        #expect(r.status == 0)
        let last = try #require(r.out.split(separator: "\n").last)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(json["documents"] as? Int == 3)
        #expect(json["failed"] as? Int == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).count == 3)
    }

    /// `bench peers` without its script (run outside the project folder) says so and exits 64 instead of crashing.
    @Test func peersWithoutTheScriptExits64() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-benchcli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests().run(["bench", "peers"], cwd: dir)
        #expect(r.status == 64)
        #expect(r.err.contains("bench-peers.sh"))
    }
}
