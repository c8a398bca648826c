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

    /// Writes the report for `documents` (in run order); `failures` are the last run's failed documents.
    public func generate(documents: [SourceDocument], failures: [Failure]) throws -> ReportSummary {
        let t0 = Date()
        let fm = FileManager.default
        // `.export-` staging names are swept by the next run if this process is killed half-way.
        let tmp = output.appendingPathComponent(".export-report-\(getpid())", isDirectory: true)
        try? fm.removeItem(at: tmp)
        do { try fm.createDirectory(at: tmp.appendingPathComponent("documents"), withIntermediateDirectories: true) } catch {
            throw ReportError.unwritable(path: tmp.path, reason: "\(error)")
        }
        defer { try? fm.removeItem(at: tmp) }
        let failuresByDoc = Dictionary(grouping: failures, by: \.docID)
        let labels = Dictionary(codebook.indicators.map { ($0.id, $0.labelZH) }, uniquingKeysWith: { a, _ in a })
        let rowsMaker = DatasetRows(codebook: codebook)
        let panelStart = rowsMaker.indicators(ExtractedDocument.empty).count - codebook.indicators.count
        var tally = ReportTally()
        var rows: [OverviewRow] = []
        rows.reserveCapacity(documents.count)
        var pages = 0
        let docsPath = tmp.appendingPathComponent("documents").path
        for doc in documents {
            let failed = failuresByDoc[doc.docID] ?? []
            guard store.exists(.extract, docID: doc.docID),
                  let d = try? store.read(ExtractedDocument.self, stage: .extract, docID: doc.docID) else {
                rows.append(OverviewRow(link: nil, docID: doc.docID, source: doc.source, agency: nil, province: nil, year: nil,
                                        level: nil, quantities: 0, parts: [], warnings: 0,
                                        failedStage: failed.first?.stage.rawValue ?? "extract (no record)"))
                continue
            }
            var cleaned: CleanedDocument?
            var problem: String?
            if store.exists(.clean, docID: doc.docID) {
                do { cleaned = try store.read(CleanedDocument.self, stage: .clean, docID: doc.docID) } catch {
                    problem = "the clean record is unreadable (\(error))"
                }
            } else {
                problem = "there is no clean record"
            }
            let placement = cleaned.map { ChromePlacement(cleaned: $0, normalizedText: d.text, foldFullWidth: foldFullWidth) }
            let link = DocumentLink(docID: d.docID, label: d.metadata.title ?? d.source)
            let page = DocumentPage(document: d, placement: placement, cleanProblem: problem,
                                    provenance: MetadataProvenance(document: d, page: cleaned?.page), failures: failed,
                                    indicatorLabels: labels)
            let bytes = page.render()
            let path = "\(docsPath)/\(d.docID).html"
            do { try bytes.withUnsafeBytes { try PlainFile.write($0, to: path) } } catch {
                throw ReportError.unwritable(path: path, reason: "\(error)")
            }
            pages += 1
            var panel: [(String, Double)] = []
            for (i, cell) in rowsMaker.indicators(d).dropFirst(panelStart).enumerated() {
                if case .number(let v) = cell { panel.append((codebook.indicators[i].id, v)) }
            }
            tally.add(d, link: link, agencyType: agencyTypes.type(of: d.metadata.agency), panel: panel)
            rows.append(OverviewRow(link: link, docID: d.docID, source: d.source, agency: d.metadata.agency,
                                    province: d.metadata.province, year: d.metadata.reportYear,
                                    level: d.metadata.adminLevel?.rawValue, quantities: d.quantities.count,
                                    parts: StandardPart.allCases.filter { $0 != .other }.map { d.hasPart($0) },
                                    warnings: d.warnings.count, failedStage: failed.first?.stage.rawValue))
        }
        let overview = OverviewPage(tally: tally, rows: rows, failures: failures, outputPath: output.path).render()
        let indicators = IndicatorsPage(tally: tally, codebook: codebook).render()
        for (name, bytes) in [("index.html", overview), ("indicators.html", indicators)] {
            let path = tmp.appendingPathComponent(name).path
            do { try bytes.withUnsafeBytes { try PlainFile.write($0, to: path) } } catch {
                throw ReportError.unwritable(path: path, reason: "\(error)")
            }
        }
        try swapIn(tmp)
        return ReportSummary(documents: documents.count, pages: pages, failures: failures.count, indexPath: indexURL.path,
                             seconds: Date().timeIntervalSince(t0))
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

extension ExtractedDocument {
    /// A record with nothing in it (to count the key columns of a row).
    static var empty: ExtractedDocument {
        ExtractedDocument(docID: "", source: "", sha256: "", encoding: "", metadata: DocumentMetadata(), chars: 0, text: "",
                          sections: [], quantities: [], citations: [], indicators: [], warnings: [])
    }
}
