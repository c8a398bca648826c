import ArgumentParser

/// `govreports bench`: generates a corpus and measures throughput and memory (subcommands; build with -c release).
struct BenchCommand: ParsableCommand {
    /// Help text and the subcommands; `run` is the default, so `bench DIR` measures whole runs as before.
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate a synthetic corpus, or measure throughput and peak RSS over one (build with -c release).",
        discussion: """
            govreports bench generate 10000 DIR   write 10,000 pages (deterministic from --seed)
            govreports bench run DIR              --jobs 1, --jobs 2 and a no-op re-run, each in its own process
            govreports bench memory DIR           clean → normalize → extract over pages held in memory, one thread
            govreports bench peers [DIR]          the same pages through trafilatura and resiliparse, side by side
            govreports bench parser DIR           libxml2's own HTML parsing alone over the corpus
            govreports bench scanner OUT          the quantity scanner alone over OUT's normalized texts
            """,
        subcommands: [BenchRunCommand.self, BenchGenerateCommand.self, BenchMemoryCommand.self, BenchPeersCommand.self,
                      BenchParserCommand.self, BenchScannerCommand.self],
        defaultSubcommand: BenchRunCommand.self)
}
