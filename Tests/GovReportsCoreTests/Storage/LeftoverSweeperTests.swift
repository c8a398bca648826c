import Foundation
import Testing
@testable import GovReportsCore

/// What a SIGKILL leaves in the output folder is removed by the next run, and nothing else is.
@Suite struct LeftoverSweeperTests {
    /// Staging folders and unrenamed temporaries go; datasets, artifacts, the lock and the state stay.
    @Test func removesOnlyLeftovers() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let out = corpus.output
        let fm = FileManager.default
        let leftovers = [".export-4242/quantities.csv", ".texts-old-4242/a.txt", "stages/clean/.abc.json.tmp-4242-17",
                         "stages/fetch/listings/.x.json.tmp-1-2", ".run.json.tmp-9-9"]
        let kept = ["quantities.csv", ".lock", "state.sqlite", "stages/clean/abc.json", "stages/fetch/abc.raw", "texts/abc.txt"]
        for path in leftovers + kept {
            let url = out.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let removed = LeftoverSweeper.sweep(out)
        #expect(removed.count == 5)
        for path in leftovers { #expect(!fm.fileExists(atPath: out.appendingPathComponent(path).path), "\(path) left") }
        #expect(!fm.fileExists(atPath: out.appendingPathComponent(".export-4242").path))
        for path in kept { #expect(fm.fileExists(atPath: out.appendingPathComponent(path).path), "\(path) removed") }
    }

    /// A run over a folder a killed export left behind sweeps it and still exports.
    @Test func runSweepsBeforeWorking() throws {
        let corpus = try TestCorpus()
        defer { corpus.remove() }
        let stale = corpus.output.appendingPathComponent(".export-999999/texts")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let report = try corpus.runner().run(RunOptions())
        #expect(report.failures.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: stale.deletingLastPathComponent().path))
        #expect(FileManager.default.fileExists(atPath: corpus.output.appendingPathComponent("quantities.csv").path))
    }
}
