import Foundation

/// Writes the offline HTML report (`report/index.html`, `report/indicators.html`, `report/documents/<doc_id>.html`)
/// from the stored stage records, one document at a time, into a staging folder that is swapped in whole.
public struct ReportGenerator: Sendable {
    /// Name of the report folder inside the output folder.
    public static let folderName = "report"
    /// The output folder holding `stages/` and the datasets.
    let output: URL
    /// Where the records are read from.
    let store: ArtifactStore
    /// The codebook the run used.
    let codebook: Codebook
    /// Whether normalize folded full-width characters (needed to place title lines).
    let foldFullWidth: Bool
    /// Agency types for the overview.
    let agencyTypes: AgencyTypeTable

    /// Creates a generator over an output folder.
    public init(output: URL, codebook: Codebook, foldFullWidth: Bool) throws {
        self.output = output
        self.store = ArtifactStore(root: output)
        self.codebook = codebook
        self.foldFullWidth = foldFullWidth
        self.agencyTypes = try AgencyTypeTable.bundled()
    }

    /// The report's entry page.
    public var indexURL: URL {
        output.appendingPathComponent(Self.folderName, isDirectory: true).appendingPathComponent("index.html")
    }

    /// Writes the report for `documents` (in run order), reading each extract record; `failures` are the last
    /// run's failed documents.
    public func generate(documents: [SourceDocument], failures: [Failure]) throws -> ReportSummary {
        let writer = try begin(failures: failures)
        for doc in documents {
            let d = store.exists(.extract, docID: doc.docID)
                ? try? store.readExtractForReport(docID: doc.docID) : nil
            try writer.add(doc, record: d)
        }
        return try finish(writer)
    }

    /// Starts a report in a staging folder; `add` each document to it (export hands over the records it already
    /// read), then `finish`.
    func begin(failures: [Failure]) throws -> ReportWriter {
        try ReportWriter(output: output, store: store, codebook: codebook, foldFullWidth: foldFullWidth,
                         agencyTypes: agencyTypes, failures: failures)
    }

    /// Writes the overview and indicators pages and swaps the staged report in.
    func finish(_ writer: ReportWriter) throws -> ReportSummary {
        let tmp = writer.folder
        for (name, bytes) in [("index.html", writer.overview()), ("indicators.html", writer.indicators())] {
            let path = tmp.appendingPathComponent(name).path
            do { try bytes.withUnsafeBytes { try PlainFile.write($0, to: path) } } catch {
                throw ReportError.unwritable(path: path, reason: "\(error)")
            }
        }
        try swapIn(tmp)
        return ReportSummary(documents: writer.documents, pages: writer.pages, failures: writer.failures.count,
                             indexPath: indexURL.path, seconds: Date().timeIntervalSince(writer.started))
    }

    /// Flushes the staged report to disk and renames it into place, so a reader sees the whole old or new report.
    private func swapIn(_ tmp: URL) throws {
        let fm = FileManager.default
        let target = output.appendingPathComponent(Self.folderName, isDirectory: true)
        let old = output.appendingPathComponent(".export-report-old-\(getpid())", isDirectory: true)
        do {
            try FileSystemSync.flush(tmp)
            try? fm.removeItem(at: old)
            if fm.fileExists(atPath: target.path) { try fm.moveItem(at: target, to: old) }
            try fm.moveItem(at: tmp, to: target)
        } catch {
            throw ReportError.unwritable(path: target.path, reason: "\(error)")
        }
        try? fm.removeItem(at: old)
    }
}

