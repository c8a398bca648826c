import Foundation

/// One report being written: document pages go into the staging folder as documents are added, one at a time,
/// while only the overview's counts and rows are kept.
final class ReportWriter {
    /// The staging folder (`.export-report-<pid>` in the output folder: swept if the process is killed).
    let folder: URL
    /// Where normalize records are read from.
    let store: ArtifactStore
    /// The codebook the run used.
    let codebook: Codebook
    /// Whether normalize folded full-width characters.
    let foldFullWidth: Bool
    /// Agency types for the overview.
    let agencyTypes: AgencyTypeTable
    /// The last run's failures.
    let failures: [Failure]
    /// Failures by document id.
    private let failuresByDoc: [String: [Failure]]
    /// Indicator labels by id.
    private let labels: [String: String]
    /// Row builder, for the panel values.
    private let rowsMaker: DatasetRows
    /// Key columns before the indicator columns of a panel row.
    private let panelStart: Int
    /// The disclosure panel's columns (the bundled `disclosure.json`), for the indicators page.
    private let disclosureColumns: [DisclosurePanelColumn]
    /// The panel columns' keys, split once, for each document's values.
    private let disclosureValues: DisclosurePanelValues
    /// Path of the staged `documents/` folder.
    private let docsPath: String
    /// Counts for the overview and indicators pages.
    private(set) var tally = ReportTally()
    /// One row per document added.
    private(set) var rows: [OverviewRow] = []
    /// Document pages written.
    private(set) var pages = 0
    /// When the report was begun.
    let started = Date()
    /// The output folder, shown in the overview.
    private let outputPath: String

    /// Creates the staging folder.
    init(output: URL, store: ArtifactStore, codebook: Codebook, foldFullWidth: Bool, agencyTypes: AgencyTypeTable,
         failures: [Failure]) throws {
        let fm = FileManager.default
        folder = output.appendingPathComponent(".export-report-\(getpid())", isDirectory: true)
        try? fm.removeItem(at: folder)
        do { try fm.createDirectory(at: folder.appendingPathComponent("documents"), withIntermediateDirectories: true) } catch {
            throw ReportError.unwritable(path: folder.path, reason: "\(error)")
        }
        self.store = store
        self.codebook = codebook
        self.foldFullWidth = foldFullWidth
        self.agencyTypes = agencyTypes
        self.failures = failures
        outputPath = output.path
        failuresByDoc = Dictionary(grouping: failures, by: \.docID)
        labels = Dictionary(codebook.indicators.map { ($0.id, $0.labelZH) }, uniquingKeysWith: { a, _ in a })
        rowsMaker = DatasetRows(codebook: codebook)
        let empty = ExtractedDocument(docID: "", source: "", sha256: "", encoding: "", metadata: DocumentMetadata(), chars: 0,
                                      text: "", sections: [], quantities: [], citations: [], indicators: [], diagnostics: [])
        panelStart = rowsMaker.indicators(empty).count - codebook.indicators.count
        docsPath = folder.appendingPathComponent("documents").path
        do { disclosureColumns = try DisclosureRules.bundled().panel } catch { throw ReportError.rules(reason: "\(error)") }
        disclosureValues = DisclosurePanelValues(columns: disclosureColumns)
    }

    /// Removes the staging folder if the report was not swapped in.
    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Documents added.
    var documents: Int { rows.count }

    /// Adds one document: writes its page from its extract record (nil when it has none) and its normalize record.
    func add(_ doc: SourceDocument, record: ExtractedDocument?) throws {
        let failed = failuresByDoc[doc.docID] ?? []
        guard let d = record else {
            rows.append(OverviewRow(link: nil, docID: doc.docID, source: doc.source, agency: nil, province: nil, year: nil,
                                    level: nil, quantities: 0, parts: [], warnings: 0,
                                    failedStage: failed.first?.stage.rawValue ?? "extract (no record)"))
            return
        }
        // The normalize record holds what the audit view shows besides the extract record: the removed lines with
        // their places among the text's lines, the page's own metadata, and the tables.
        var normalized: NormalizedDocument?
        var problem: String?
        if store.exists(.normalize, docID: doc.docID) {
            do { normalized = try store.readNormalized(docID: doc.docID, knownText: d.text) } catch {
                problem = "the normalize record is unreadable (\(error))"
            }
        } else {
            problem = "there is no normalize record"
        }
        let placement = normalized.map { ChromePlacement(normalized: $0, normalizedText: d.text) }
        let outside = normalized.map { OutsideBodyPlacement(normalized: $0, normalizedText: d.text) }
        let link = DocumentLink(docID: d.docID, label: d.metadata.title ?? d.source)
        let page = DocumentPage(document: d, placement: placement, outside: outside, cleanProblem: problem,
                                provenance: MetadataProvenance(document: d, page: normalized?.page), failures: failed,
                                indicatorLabels: labels, tables: normalized?.tables ?? [], foldFullWidth: foldFullWidth)
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
        let disclosure = disclosureValues.values(d.disclosure)
        tally.add(d, link: link, agencyType: agencyTypes.type(of: d.metadata.agency), panel: panel, disclosure: disclosure)
        rows.append(OverviewRow(link: link, docID: d.docID, source: d.source, agency: d.metadata.agency,
                                province: d.metadata.province, year: d.metadata.reportYear,
                                level: d.metadata.adminLevel?.rawValue, quantities: d.quantities.count,
                                parts: StandardPart.allCases.filter { $0 != .other }.map { d.hasPart($0) },
                                warnings: d.warnings.count, failedStage: failed.first?.stage.rawValue))
    }

    /// The overview page.
    func overview() -> [UInt8] {
        OverviewPage(tally: tally, rows: rows, failures: failures, outputPath: outputPath).render()
    }

    /// The indicators page.
    func indicators() -> [UInt8] {
        IndicatorsPage(tally: tally, codebook: codebook, disclosureColumns: disclosureColumns).render()
    }
}
