import ArgumentParser

/// The `govreports` command: turns Chinese government annual reports into research datasets.
@main
struct GovReports: ParsableCommand {
    /// Command description and subcommands.
    static let configuration = CommandConfiguration(
        commandName: "govreports",
        abstract: "Turn Chinese government annual reports into research datasets (CSV, JSONL, SQLite).",
        discussion: """
            Exit codes: 0 all good; 64 usage or configuration error; 65 some documents failed \
            (datasets still written for the rest); 74 the output or state storage failed (disk full, quota, \
            read-only, I/O error, file too large: the run stopped at the first, last good datasets kept); \
            75 another run holds the lock; 130/143 interrupted by SIGINT/SIGTERM; 1 other fatal error.
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, StatusCommand.self, EvalCommand.self, ConfigCommand.self, BenchCommand.self, ReportCommand.self,
                      StreamCommand.self, ExportCommand.self],
        defaultSubcommand: nil)
}
