import ArgumentParser
import Foundation
import GovReportsCore

/// `govreports stream`: documents on stdin → one JSON line of records per document on stdout (for Spark's
/// `RDD.pipe`, Hadoop Streaming, job arrays). No state, no stage artifacts; a bad document is an output line.
struct StreamCommand: ParsableCommand {
    /// Help text.
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Run clean → normalize → extract on documents read from stdin; write one JSON line per document to stdout.",
        discussion: """
            Input (--format jsonl), one JSON object per line:
              {"id": "k1", "source": "site/a.html", "url": "https://…", "html": "<html>…"}
            with exactly one of "html" or "text" (the document as a JSON string) or "base64" (its raw bytes, for \
            documents that are not UTF-8), "encoding" (the transport charset of the bytes, as an HTTP header \
            names it) and "fetched" (ISO 8601) optional. doc_id is derived from "source" (default: "url") \
            exactly as `run` derives it from a file's path relative to the config folder or from a URL.
            Output: {"doc_id","id","source","status":"ok","record":{…the extract record…}} or, for a document \
            that failed or a line that is not a document, {"doc_id","id","source","status":"failed", \
            "diagnostics":[…]}. Merge outputs with `govreports export --from-stream PARTS…`.
            Exit code 0 even when documents fail (they are lines); 74 when stdin or stdout fails.
            Site templates: `run` learns, per site, the lines that recur across its pages and removes them; \
            stream sees one page at a time and cannot learn them. For template-removed output on a cluster, \
            learn them once with a local run over a sample of each site (a site needs \
            clean.template.minGroupSize pages), ship that run's output/stages/template folder with the job and \
            pass --templates DIR. Without --templates, while the config learns templates \
            (clean.template.group not "none"), every good line carries a diagnostic with code \
            template-book-missing (outside the record, so the datasets are unchanged) and export --from-stream \
            counts those lines; set clean.template.group to "none" for no templates anywhere, run included.
            """)

    /// Common options (config, logging).
    @OptionGroup var global: GlobalOptions

    /// Input format.
    @Option(name: .long, help: "Input format: jsonl or warc.")
    var format: StreamFormat = .jsonl

    /// Only this shard's documents.
    @Option(name: .long, help: "Process only the documents of shard I of N (by doc_id; I counts from 0), e.g. 0/4.")
    var shard: String?

    /// Site templates learned by a run.
    @Option(name: .long, help: "A run's output/stages/template folder: remove its learned site-template lines, as run does.")
    var templates: String?

    /// Rejects a malformed shard.
    func validate() throws {
        if let shard { do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.description) } }
    }

    /// Streams stdin to stdout.
    func run() throws {
        let logger = global.makeLogger()
        // A consumer that closes the pipe must make a write fail (exit 74), not kill the process silently.
        signal(SIGPIPE, SIG_IGN)
        do {
            let (config, base, _) = try global.loadConfig()
            let learned = try templates.map { path throws(StreamError) in
                try StreamTemplates.load(folder: URL(fileURLWithPath: path), grouping: config.clean.template.group)
            }
            let streamer = DocumentStreamer(chain: try StageChain(config: config, baseDirectory: base),
                                            shard: try shard.map { try Shard(parsing: $0) }, templates: learned,
                                            learning: config.clean.template.group)
            var reader = try format.reader(ByteInput(fileDescriptor: STDIN_FILENO))
            let out = FileDescriptorOutput(fileDescriptor: STDOUT_FILENO)
            let tally = try streamer.run(&reader, write: out.write)
            logger.info("stream: \(tally.extracted) extracted, \(tally.failed) failed, \(tally.rejected) not documents, \(tally.otherShards) in other shards")
        } catch {
            throw ExitCodes.fail(error)
        }
    }
}

/// Lets `--format` be parsed.
extension StreamFormat: ExpressibleByArgument {}
