import Foundation

/// Scores the pipeline against a gold folder (`shared/gold` format) and/or a real-pages folder (`evaldata.jsonl`).
public struct Evaluator {
    /// The stage chain, run in memory.
    let pipeline: StageChain
    /// Which indicator ids are scored.
    let indicatorScope: IndicatorScope

    /// Creates an evaluator over a compiled pipeline; indicators are scored under `indicatorScope`.
    public init(pipeline: StageChain, indicatorScope: IndicatorScope = .gold) {
        self.pipeline = pipeline
        self.indicatorScope = indicatorScope
    }

    /// Evaluates the documents in `documents` (a folder); gold from `gold` when given, and `evaldata.jsonl` in
    /// the documents folder when present.
    public func evaluate(documents: URL, gold: URL?) throws -> EvalReport {
        let fm = FileManager.default
        let files = ((try? fm.contentsOfDirectory(atPath: documents.path)) ?? [])
            .filter { SourceResolver.extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        if files.isEmpty { throw EvalError.noDocuments(path: documents.path) }
        let goldQ = try gold.map { try JSONLines.read(GoldQuantity.self, from: $0.appendingPathComponent("quantities.jsonl")) } ?? []
        let goldD = try gold.map { try JSONLines.read(GoldDocument.self, from: $0.appendingPathComponent("documents.jsonl")) } ?? []
        let goldC = try gold.map { try JSONLines.read(GoldChromeLine.self, from: $0.appendingPathComponent("chrome.jsonl")) } ?? []
        let goldI = try gold.map { try JSONLines.read(GoldIndicator.self, from: $0.appendingPathComponent("indicators.jsonl")) } ?? []
        // A corpus may carry its own expectations: realpages' evaldata.jsonl, or samples' expected.jsonl, which
        // adds metadata fields in the gold documents.jsonl format.
        let expected = documents.appendingPathComponent("expected.jsonl")
        let scoredIDs = indicatorScope.scoredIDs(gold: goldI, codebook: pipeline.extract.indicators.codebook)
        let pages = try JSONLines.read(RealPage.self, from: documents.appendingPathComponent("evaldata.jsonl"))
            + JSONLines.read(RealPage.self, from: expected)
        let pageByFile = Dictionary(pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let expectedMeta = try JSONLines.read(ExpectedDocument.self, from: expected).map(\.gold)
        let expectedDisclosure = try JSONLines.read(ExpectedDisclosure.self, from: expected)
            .filter { $0.disclosure != nil || $0.template != nil || $0.diagnostics != nil }

        var report = EvalReport(documents: [], quantities: .zero, metadataCorrect: 0, metadataFields: 0, chrome: .zero,
                                indicators: .zero, pageChecksPassed: 0, pageChecks: 0, hasIndicatorGold: !goldI.isEmpty)
        for file in files {
            let stem = (file as NSString).deletingPathExtension
            let page = pageByFile[file]
            let qGold = goldQ.filter { $0.doc == stem } + (page?.quantities ?? [])
            let dGold = goldD.first { $0.doc == stem } ?? expectedMeta.first { $0.doc == stem }
            let cGold = goldC.filter { $0.doc == stem }
            let iGold = goldI.filter { $0.doc == stem }
            let xGold = expectedDisclosure.first { $0.file == file }
            if qGold.isEmpty && dGold == nil && cGold.isEmpty && page == nil && iGold.isEmpty && xGold == nil { continue }
            var eval = DocumentEval(doc: stem)
            let url = documents.appendingPathComponent(file)
            let result: ChainResult
            do { result = try pipeline.run(file: url) } catch {
                eval.error = String(describing: error)
                report.documents.append(eval)
                continue
            }
            let x = result.extracted
            if !qGold.isEmpty || page != nil {
                // A real page annotates only the stretch its span marks: mentions outside it are not scored.
                var scored = x.quantities
                if let span = page?.span {
                    if let range = span.range(in: x.text) {
                        scored = scored.filter { range.contains($0.charStart) && $0.charEnd <= range.upperBound }
                    } else {
                        // Scored over the whole text, and counted as a failed page check so the gate notices.
                        eval.pageFailures = (eval.pageFailures ?? []) + ["quantity span not found: \(span.first) … \(span.last)"]
                        report.pageChecks += 1
                    }
                }
                let s = QuantityScorer.score(extracted: scored, gold: qGold)
                eval.quantities = s
                report.quantities = report.quantities + s
            }
            if let dGold {
                let m = MetadataScore.compare(x.metadata, gold: dGold)
                eval.metadata = m
                report.metadataCorrect += m.correct
                report.metadataFields += m.fields.count
            }
            // Without a gold chrome list every line of a text file counts as body, so only score when one was given.
            if !cGold.isEmpty || (gold != nil && file.hasSuffix(".txt")) {
                // Decoded as clean decodes it, so a GBK report's lines are scored too (as UTF-8 they were none).
                let source = (try? Data(contentsOf: url)).map { LineSplitter.lines(Self.decodedText([UInt8]($0)), fullWidth: true) } ?? []
                let body = x.text.split(separator: "\n").map(String.init)
                let c = ChromeScore.score(sourceLines: source, bodyLines: body, gold: cGold)
                eval.chrome = c
                report.chrome = report.chrome + c
            }
            if !goldI.isEmpty {
                // Under the gold scope a codebook may define more than the gold covers; what is left out is counted,
                // not dropped silently, so a reader sees how much went unscored.
                let scored = x.indicators.filter { scoredIDs.contains($0.indicator) }
                for m in x.indicators where !scoredIDs.contains(m.indicator) { report.unscoredIndicators[m.indicator, default: 0] += 1 }
                let prf = Self.scoreIndicators(scored, gold: iGold)
                eval.indicators = prf
                report.indicators = report.indicators + prf
            }
            if let xGold {
                let d = DisclosureScore.score(x.disclosure, diagnostics: x.diagnostics, expected: xGold)
                eval.disclosure = d
                report.disclosure = (report.disclosure ?? DisclosureScore()) + d
            }
            if let page {
                let (passed, total, failures) = Self.checkPage(page, result: result)
                report.pageChecksPassed += passed
                report.pageChecks += total
                eval.pageFailures = (eval.pageFailures ?? []) + failures
            }
            report.documents.append(eval)
        }
        return report
    }


    /// A source file's text, decoded from whatever charset clean would detect in it.
    static func decodedText(_ raw: [UInt8]) -> String {
        let decision = raw.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: nil) }
        let utf8 = raw.withUnsafeBufferPointer {
            TextDecoder.decode(UnsafeBufferPointer(rebasing: $0[decision.bomLength...]), charset: decision.charset, knownInvalid: nil).utf8
        }
        return String(decoding: utf8, as: UTF8.self)
    }
    /// Multiset precision/recall over (indicator, value) within one document.
    static func scoreIndicators(_ got: [IndicatorMention], gold: [GoldIndicator]) -> PRF {
        var used = [Bool](repeating: false, count: gold.count)
        var matched = 0
        for m in got {
            if let i = gold.indices.first(where: { !used[$0] && gold[$0].indicator == m.indicator
                && QuantityScorer.same(gold[$0].value, m.value) }) {
                used[i] = true
                matched += 1
            }
        }
        return PRF(matchedForPrecision: matched, extracted: got.count, matchedRequired: matched, required: gold.count)
    }

    /// Checks a real page's snippets, title and date; returns passed, total and what failed.
    static func checkPage(_ page: RealPage, result: ChainResult) -> (Int, Int, [String]) {
        // Snippets are looked up in the rule view (punctuation in either width): they check that text is kept or
        // gone, not how it is punctuated. The title is compared as written (only spaces and digit/letter widths aside).
        let bodyKey = TitleMerger.matchKey(result.normalized.text + "\n" + result.cleaned.text)
        var failures: [String] = []
        var total = 0
        for s in page.with {
            total += 1
            if !bodyKey.contains(TitleMerger.matchKey(s)) { failures.append("missing body text: \(s)") }
        }
        let cleanBody = TitleMerger.matchKey(result.normalized.text)
        for s in page.without {
            total += 1
            if cleanBody.contains(TitleMerger.matchKey(s)) { failures.append("chrome kept: \(s)") }
        }
        if let title = page.title {
            total += 1
            let got = result.extracted.metadata.title.map { TitleMerger.key(WidthFolder.fold($0)) }
            if got != TitleMerger.key(WidthFolder.fold(title)) {
                failures.append("title: got \(result.extracted.metadata.title ?? "null"), expected \(title)")
            }
        }
        if let published = page.published {
            total += 1
            if result.extracted.metadata.published != published {
                failures.append("published: got \(result.extracted.metadata.published ?? "null"), expected \(published)")
            }
        }
        for cell in page.tables ?? [] {
            total += 1
            if !cell.found(in: result.normalized.tables) {
                failures.append("table cell missing: row \(cell.row), col \(cell.col ?? "(value)"), text \(cell.text)")
            }
        }
        return (total - failures.count, total, failures)
    }
}
