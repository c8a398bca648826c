import ArgumentParser
import GovReportsCore

/// Quality floors `eval` enforces (CI passes them); each unmet floor is named in the output.
struct EvalFloors: ParsableArguments {
    /// Quantity F1 floor.
    @Option(name: .long, help: "Minimum overall quantity F1.") var minQuantityF1: Double?
    /// Quantity recall floor.
    @Option(name: .long, help: "Minimum overall quantity recall (must mentions).") var minQuantityRecall: Double?
    /// Quantity precision floor.
    @Option(name: .long, help: "Minimum overall quantity precision.") var minQuantityPrecision: Double?
    /// Approx agreement floor.
    @Option(name: .long, help: "Minimum approx agreement over matched mentions.") var minApprox: Double?
    /// value_max agreement floor.
    @Option(name: .long, help: "Minimum value_max agreement over matched mentions.") var minValueMax: Double?
    /// Metadata floor.
    @Flag(name: .long, help: "Require every gold metadata field to be right.") var requireMetadata = false
    /// Chrome floor.
    @Option(name: .long, help: "Minimum share of gold chrome lines removed.") var minChromeRemoved: Double?
    /// Body retention floor.
    @Option(name: .long, help: "Minimum share of body lines kept.") var minBodyKept: Double?
    /// Real page floor.
    @Flag(name: .long, help: "Require every real-page check (with/without/title/published) to pass.") var requirePages = false
    /// Indicator precision floor.
    @Option(name: .long, help: "Minimum indicator precision.") var minIndicatorPrecision: Double?
    /// Indicator recall floor.
    @Option(name: .long, help: "Minimum indicator recall.") var minIndicatorRecall: Double?

    /// Disclosure floor.
    @Option(name: .long, help: "Minimum share of expected disclosure-table cells right (spurious cells count against it); with it, every template and diagnostic check must pass.")
    var minDisclosureCells: Double?

    /// Returns a line per unmet floor.
    func check(_ r: EvalReport) -> [String] {
        var out: [String] = []
        func floor(_ name: String, _ value: Double, _ min: Double?) {
            if let min, value + 1e-12 < min { out.append("\(name) \(fmt(value)) < \(fmt(min))") }
        }
        floor("quantity F1", r.quantities.prf.f1, minQuantityF1)
        floor("quantity recall", r.quantities.prf.recall, minQuantityRecall)
        floor("quantity precision", r.quantities.prf.precision, minQuantityPrecision)
        floor("approx agreement", r.quantities.approxAgreement, minApprox)
        floor("value_max agreement", r.quantities.valueMaxAgreement, minValueMax)
        if requireMetadata && r.metadataCorrect < r.metadataFields {
            out.append("metadata \(r.metadataCorrect)/\(r.metadataFields) fields right")
        }
        let chrome = r.chrome.chromeLines == 0 ? 1 : Double(r.chrome.chromeRemoved) / Double(r.chrome.chromeLines)
        floor("chrome removed", chrome, minChromeRemoved)
        let body = r.chrome.bodyLines == 0 ? 1 : Double(r.chrome.bodyKept) / Double(r.chrome.bodyLines)
        floor("body kept", body, minBodyKept)
        if requirePages && r.pageChecksPassed < r.pageChecks {
            out.append("real-page checks \(r.pageChecksPassed)/\(r.pageChecks)")
        }
        floor("indicator precision", r.indicators.precision, minIndicatorPrecision)
        floor("indicator recall", r.indicators.recall, minIndicatorRecall)
        if let min = minDisclosureCells {
            let d = r.disclosure ?? DisclosureScore()
            floor("disclosure cells", d.accuracy, min)
            if d.checksPassed < d.checks { out.append("disclosure checks \(d.checksPassed)/\(d.checks)") }
            if d.expected == 0 { out.append("no disclosure expectations found") }
        }
        if r.documents.contains(where: { $0.error != nil }) { out.append("some documents could not be processed") }
        return out
    }
}

/// Three-decimal rendering for scores.
func fmt(_ v: Double) -> String { String(format: "%.3f", v) }
