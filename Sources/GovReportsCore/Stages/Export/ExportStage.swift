import Foundation
import Logging

/// Writes the datasets from all extract records, streaming one document at a time, and swaps them in atomically.
public struct ExportStage: Sendable {
    /// This is the export stage.
    public static let name = StageName.export
    /// Options.
    let config: ExportConfig
    /// Output folder.
    let output: URL
    /// Reads one document's extract record (the runner's store; export itself never touches it).
    let read: @Sendable (SourceDocument) throws -> ExtractedDocument
    /// Progress logger.
    let logger: Logger
    /// Indicator codebook (its ids are the wide table's columns).
    let codebook: Codebook

    /// Creates the stage.
    public init(config: ExportConfig, output: URL, logger: Logger, codebook: Codebook,
                read: @escaping @Sendable (SourceDocument) throws -> ExtractedDocument) {
        self.config = config
        self.output = output
        self.read = read
        self.logger = logger
        self.codebook = codebook
    }

    /// Files this stage produces in the output folder.
    public var outputFiles: [String] {
        var files = ["texts.jsonl", "texts", "datapackage.json", "codebook.csv"]
        for schema in DatasetSchemas.all(codebook) {
            if config.formats.contains(.csv) { files.append("\(schema.name).csv") }
            if config.formats.contains(.jsonl) { files.append("\(schema.name).jsonl") }
        }
        if config.formats.contains(.sqlite) { files.append("dataset.sqlite") }
        return files
    }

    /// Whether every output file exists (else export must run even with an unchanged fingerprint).
    public func outputsExist() -> Bool {
        outputFiles.allSatisfy { FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path) }
    }

    /// Writes every dataset into a temporary folder, then renames each file into place; `workers` above 1 lets
    /// records be decoded on a second thread.
    /// `each`, when given, also gets every record as it is read (the report is written in the same pass).
    public func export(_ documents: [SourceDocument], workers: Int = 1,
                       each: ((SourceDocument, ExtractedDocument) throws -> Void)? = nil) throws {
        let fm = FileManager.default
        let tmp = output.appendingPathComponent(".export-\(getpid())")
        try? fm.removeItem(at: tmp)
        try fm.createDirectory(at: tmp.appendingPathComponent("texts"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        // What the stages wrote this run is mostly still in memory; start writing it out now, while rows are
        // formatted, so the flush before the swap below waits only for what export itself wrote.
        let earlyFlush = DispatchGroup()
        DispatchQueue.global(qos: .utility).async(group: earlyFlush) { [tmp] in try? FileSystemSync.flush(tmp) }
        defer { earlyFlush.wait() }

        let schemas = DatasetSchemas.all(codebook)
        var csv: [String: CSVTableWriter] = [:]
        var jsonl: [String: JSONLTableWriter] = [:]
        for s in schemas {
            if config.formats.contains(.csv) {
                csv[s.name] = try CSVTableWriter(url: tmp.appendingPathComponent("\(s.name).csv"), schema: s, options: config.csv)
            }
            if config.formats.contains(.jsonl) {
                jsonl[s.name] = try JSONLTableWriter(url: tmp.appendingPathComponent("\(s.name).jsonl"), columns: s.columns.map(\.name))
            }
        }
        let sqlite = config.formats.contains(.sqlite)
            ? try SQLiteDatasetWriter(url: tmp.appendingPathComponent("dataset.sqlite"), schemas: schemas, background: workers > 1)
            : nil
        let texts = try JSONLTableWriter(url: tmp.appendingPathComponent("texts.jsonl"), columns: ["doc_id", "title", "text"])
        let rows = DatasetRows(codebook: codebook)

        func emit(_ table: String, _ row: [Cell]) throws {
            try csv[table]?.write(row)
            try jsonl[table]?.write(row)
            try sqlite?.write(row, table: table)
        }
        let textsPath = tmp.appendingPathComponent("texts").path
        /// Writes a document's `texts/<doc_id>.txt`.
        @Sendable func writeText(_ d: ExtractedDocument) throws {
            var text = d.text
            try text.withUTF8 { try PlainFile.write(UnsafeRawBufferPointer($0), to: "\(textsPath)/\(d.docID).txt") }
        }
        // With a second worker allowed, records are decoded and their text files written on another thread while
        // this one writes rows.
        let prefetcher = workers > 1 ? DocumentPrefetcher(documents, read: read, then: writeText) : nil
        defer { prefetcher?.cancel() }
        for doc in documents {
            let d: ExtractedDocument
            if let prefetcher { d = try prefetcher.next() } else {
                d = try read(doc)
                try writeText(d)
            }
            try emit("documents", rows.document(d))
            for r in rows.quantities(d) { try emit("quantities", r) }
            for r in rows.sections(d) { try emit("sections", r) }
            for r in rows.citations(d) { try emit("citations", r) }
            for r in rows.indicatorMentions(d) { try emit("indicator_mentions", r) }
            try emit("indicators", rows.indicators(d))
            for r in rows.diagnostics(d) { try emit("diagnostics", r) }
            for r in rows.tables(d) { try emit("tables", r) }
            for r in rows.disclosure(d) { try emit("disclosure", r) }
            if let r = rows.disclosurePanel(d) { try emit("disclosure_panel", r) }
            try texts.write([.text(d.docID), .text(d.metadata.title), .text(d.text)])
            try each?(doc, d)
        }
        for w in csv.values { try w.close() }
        for w in jsonl.values { try w.close() }
        try texts.close()
        try sqlite?.close(schemas: schemas)

        let codebookCSV = try CSVTableWriter(url: tmp.appendingPathComponent("codebook.csv"), schema: CodebookTable.schema,
                                             options: config.csv)
        for r in CodebookTable.rows(schemas, codebook: codebook) { try codebookCSV.write(r) }
        try codebookCSV.close()
        try AtomicFile.write(try DataPackageWriter(schemas: schemas, codebook: codebook, csv: config.csv).descriptor(),
                             to: tmp.appendingPathComponent("datapackage.json"))

        // Everything staged reaches the disk before the first rename (one flush instead of one per text file), so
        // a power cut after a swap cannot leave an empty or cut-off file in place of the last good one.
        earlyFlush.wait()
        try FileSystemSync.flush(tmp)
        // Each file is swapped in by rename, so a reader sees a whole old or a whole new file.
        for name in outputFiles where name != "texts" {
            try AtomicFile.replace(output.appendingPathComponent(name), with: tmp.appendingPathComponent(name))
        }
        let textsDir = output.appendingPathComponent("texts")
        let old = output.appendingPathComponent(".texts-old-\(getpid())")
        if fm.fileExists(atPath: textsDir.path) { try fm.moveItem(at: textsDir, to: old) }
        try fm.moveItem(at: tmp.appendingPathComponent("texts"), to: textsDir)
        try? fm.removeItem(at: old)
        logger.info("export: \(documents.count) documents written to \(output.path)")
    }
}
