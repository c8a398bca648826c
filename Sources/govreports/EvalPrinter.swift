import GovReportsCore

/// Prints an eval report as readable tables.
enum EvalPrinter {
    /// Most disclosure failures listed per document.
    static let maxFailuresShown = 12
    /// Writes per-document lines and the overall summary to stdout.
    static func print(_ r: EvalReport) {
        let out = FileHandleOutput.stdout
        out("document                     quantities P/R/F1 (found/must)   approx  vmax   metadata  chrome  body  indicators P/R")
        for d in r.documents {
            var line = d.doc.padding(toLength: 28, withPad: " ", startingAt: 0)
            if let e = d.error { out(line + " ERROR: \(e)"); continue }
            if let q = d.quantities {
                line += " \(fmt(q.prf.precision))/\(fmt(q.prf.recall))/\(fmt(q.prf.f1)) (\(q.prf.matchedRequired)/\(q.prf.required))"
                line += "   \(fmt(q.approxAgreement)) \(fmt(q.valueMaxAgreement))"
            } else { line += String(repeating: " ", count: 45) }
            if let m = d.metadata { line += "  \(m.correct)/\(m.fields.count)" }
            if let c = d.chrome { line += "   \(c.chromeRemoved)/\(c.chromeLines)  \(c.bodyKept)/\(c.bodyLines)" }
            if let i = d.indicators { line += "  \(fmt(i.precision))/\(fmt(i.recall))" }
            out(line)
            if let q = d.quantities {
                if !q.missed.isEmpty { out("    missed: \(q.missed.joined(separator: " "))") }
                if !q.spurious.isEmpty { out("    spurious: \(q.spurious.joined(separator: " "))") }
            }
            if let m = d.metadata { for (k, v) in m.mismatches.sorted(by: { $0.key < $1.key }) { out("    \(k): \(v)") } }
            if let c = d.chrome { for p in c.problems { out("    \(p)") } }
            for f in d.pageFailures ?? [] { out("    \(f)") }
            if let x = d.disclosure {
                out("    disclosure: \(x.right) right, \(x.wrong) wrong, \(x.missing) missing, \(x.spurious) spurious of \(x.expected) cells; checks \(x.checksPassed)/\(x.checks)")
                for f in x.failures.prefix(Self.maxFailuresShown) { out("      \(f)") }
                if x.failures.count > Self.maxFailuresShown { out("      … \(x.failures.count - Self.maxFailuresShown) more") }
            }
        }
        let q = r.quantities
        out("overall quantities: precision \(fmt(q.prf.precision)) recall \(fmt(q.prf.recall)) F1 \(fmt(q.prf.f1)) "
            + "(must found \(q.prf.matchedRequired)/\(q.prf.required), extracted \(q.prf.extracted)); "
            + "approx agreement \(fmt(q.approxAgreement)); value_max agreement \(fmt(q.valueMaxAgreement))")
        if r.metadataFields > 0 { out("overall metadata: \(r.metadataCorrect)/\(r.metadataFields) fields right") }
        if r.chrome.chromeLines + r.chrome.bodyLines > 0 {
            out("overall chrome: removed \(r.chrome.chromeRemoved)/\(r.chrome.chromeLines) chrome lines, "
                + "\(r.chrome.titleRemoved)/\(r.chrome.titleLines) title lines; kept \(r.chrome.bodyKept)/\(r.chrome.bodyLines) body lines")
        }
        if r.pageChecks > 0 { out("overall real-page checks: \(r.pageChecksPassed)/\(r.pageChecks) passed") }
        if let x = r.disclosure {
            out("overall disclosure: \(x.right)/\(x.expected) cells right (\(x.wrong) wrong, \(x.missing) missing, \(x.spurious) spurious), accuracy \(fmt(x.accuracy)); checks \(x.checksPassed)/\(x.checks)")
        }
        if r.hasIndicatorGold {
            out("overall indicators: precision \(fmt(r.indicators.precision)) recall \(fmt(r.indicators.recall)) "
                + "(\(r.indicators.matchedRequired)/\(r.indicators.required) gold, \(r.indicators.extracted) extracted)")
            if !r.unscoredIndicators.isEmpty {
                let list = r.unscoredIndicators.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                out("unscored indicator instances (id outside the scope): " + list.joined(separator: ", "))
            }
        }
    }
}
