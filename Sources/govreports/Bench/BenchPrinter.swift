import Foundation
import GovReportsBench
import GovReportsCore

/// Prints benchmark results as a table and one JSON line.
enum BenchPrinter {
    /// Writes the in-memory clean → normalize → extract figures (per stage and together) and one JSON line.
    static func printInMemory(_ m: BenchMeasurement) {
        let out = FileHandleOutput.stdout
        let mb = Double(m.bytes) / 1e6
        out("in memory, one thread: \(m.documents) docs, \(String(format: "%.1f", mb)) MB of HTML, \(m.failed) failed")
        out("stage                   wall s     MB/s   docs/s    CPU s  MB/s of CPU time")
        let cpu = m.stageCPUSeconds ?? [:]
        for name in ["clean", "normalize", "extract", "clean+normalize+extract"] {
            let parts = name.split(separator: "+").map(String.init)
            let sec = parts.reduce(0) { $0 + (m.stageSeconds[$1] ?? 0) }
            let cpuSec = parts.reduce(0) { $0 + (cpu[$1] ?? 0) }
            // `%-23@` does not pad on Linux Foundation, so the name is padded here.
            out(name.padding(toLength: 23, withPad: " ", startingAt: 0)
                + String(format: " %7.2f  %7.2f  %7.1f  %7.2f  %7.2f", sec, mb / max(sec, 1e-9),
                         Double(m.documents) / max(sec, 1e-9), cpuSec, mb / max(cpuSec, 1e-9)))
        }
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        if let data = try? e.encode(m) { out(String(decoding: data, as: UTF8.self)) }
    }

    /// Writes the table and the JSON summary to stdout.
    static func print(_ results: [BenchMeasurement], scanner: ScannerThroughput, parserMBPerCPUSecond: Double,
                      saxMBPerCPUSecond: Double) {
        let out = FileHandleOutput.stdout
        out("run     jobs  docs     MB      wall s   MB/s   docs/s  clean→export MB/s*  peak RSS MiB  failed")
        for m in results {
            let ce = Double(m.bytes) / 1e6 / max(m.cleanToExportSeconds, 1e-9)
            // Padded here for the same reason as above: `%-7@` does not pad on Linux Foundation.
            out(m.label.padding(toLength: 7, withPad: " ", startingAt: 0)
                + String(format: " %4d  %6d  %7.1f  %7.2f  %6.1f  %7.0f  %12.1f        %9.1f  %6d",
                         m.jobs, m.documents, Double(m.bytes) / 1e6, m.wallSeconds, m.mbPerSecond,
                         m.docsPerSecond, ce, m.peakRSSMiB, m.failed))
        }
        if let one = results.first {
            var stages: [String] = []
            for s in StageName.allCases {
                let sec = one.stageSeconds[s.rawValue] ?? 0
                stages.append("\(s.rawValue) \(String(format: "%.2f", sec))s (\(String(format: "%.0f", Double(one.bytes) / 1e6 / max(sec, 1e-9))) MB/s)")
            }
            out("per stage (\(one.label)): " + stages.joined(separator: ", "))
        }
        out("* MB of input HTML per second of clean+normalize+extract+export time, summed over workers")
        out(scannerLine(scanner))
        out(String(format: "libxml2 parse alone: %.1f MB of HTML per CPU-second building its tree, %.1f as SAX events "
                   + "with no callbacks (pages decoded to UTF-8 beforehand, untimed)", parserMBPerCPUSecond, saxMBPerCPUSecond))
        var json: [String: Any] = ["scanner_mb_per_s": scanner.mbPerSecond, "scanner_mb_per_cpu_s": scanner.mbPerCPUSecond,
                                   "libxml2_parse_mb_per_cpu_s": parserMBPerCPUSecond,
                                   "libxml2_sax_mb_per_cpu_s": saxMBPerCPUSecond]
        for m in results {
            json[m.label] = ["jobs": m.jobs, "docs": m.documents, "bytes": m.bytes, "wall_s": m.wallSeconds,
                             "mb_per_s": m.mbPerSecond, "docs_per_s": m.docsPerSecond, "peak_rss_mib": m.peakRSSMiB,
                             "stage_s": m.stageSeconds, "failed": m.failed]
        }
        if let data = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]) {
            out(String(decoding: data, as: UTF8.self))
        }
    }

    /// One line on the quantity scanner's speed, by wall clock and by its thread's CPU time.
    static func scannerLine(_ scan: ScannerThroughput) -> String {
        String(format: "quantity scanner: %.1f MB/s (wall), %.1f MB per CPU-second, of normalized text over %.1f MB",
               scan.mbPerSecond, scan.mbPerCPUSecond, Double(scan.bytes) / 1e6)
    }
}
