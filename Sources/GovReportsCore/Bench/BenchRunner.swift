import Foundation
import Logging

/// Measures one pipeline run over a corpus folder in this process.
public struct BenchRunner {
    /// Creates a runner.
    public init() {}

    /// Runs the whole pipeline over `corpus` into `output` with `jobs` workers and measures it.
    public func measure(corpus: URL, output: URL, jobs: Int, label: String) throws -> BenchMeasurement {
        var config = PipelineConfig()
        config.sources = [SourceSpec(path: corpus.path)]
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let runner = PipelineRunner(config: config, baseDirectory: corpus, output: output, logger: logger)
        let bytes = try runner.documents(inputs: []).reduce(0) { sum, doc in
            sum + ((try? FileManager.default.attributesOfItem(atPath: doc.path ?? ""))?[.size] as? Int ?? 0)
        }
        let t0 = DispatchTime.now()
        let report = try runner.run(RunOptions(jobs: jobs))
        let wall = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return BenchMeasurement(label: label, jobs: jobs, documents: report.documents, bytes: bytes, wallSeconds: wall,
                                stageSeconds: report.stages.mapValues(\.seconds), peakRSSMiB: Double(usage.ru_maxrss) / 1024,
                                failed: report.failures.count)
    }

    /// Scanner throughput over the normalized texts stored in `output`, repeated to at least `minBytes`.
    public func scannerThroughput(output: URL, minBytes: Int = 64_000_000) throws -> ScannerThroughput {
        let store = ArtifactStore(root: output)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.folder(.normalize).path).filter { $0.hasSuffix(".json") }
        var texts: [String] = []
        var size = 0
        for f in files.sorted().prefix(2000) {
            let doc = try store.read(NormalizedDocument.self, stage: .normalize, docID: String(f.dropLast(5)))
            texts.append(doc.text)
            size += doc.text.utf8.count
        }
        guard size > 0 else { return ScannerThroughput(bytes: 0, wallSeconds: 0, cpuSeconds: 0) }
        let scanner = QuantityScanner(rules: try QuantityRules.bundled())
        var scanned = 0
        var found = 0
        let cpu0 = Self.threadCPUSeconds()
        let t0 = DispatchTime.now()
        while scanned < minBytes {
            for t in texts {
                found &+= scanner.scan(t).count
                scanned += t.utf8.count
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9
        let cpu = Self.threadCPUSeconds() - cpu0
        precondition(found >= 0)
        return ScannerThroughput(bytes: scanned, wallSeconds: wall, cpuSeconds: cpu)
    }

    /// libxml2's own HTML parsing speed over the corpus (pages decoded to UTF-8 first, untimed): the yardstick for
    /// the clean stage. Returns MB of original page bytes per CPU second of parsing, and the bytes parsed.
    public func parserThroughput(corpus: URL) throws -> (mbPerCPUSecond: Double, bytes: Int) {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".html") }.sorted()
        var bytes = 0
        var cpu = 0.0
        for name in files {
            let raw = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
            let decision = raw.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: nil) }
            let utf8 = raw.withUnsafeBufferPointer {
                TextDecoder.decode(UnsafeBufferPointer(rebasing: $0[decision.bomLength...]), charset: decision.charset, knownInvalid: nil).utf8
            }
            let start = Self.threadCPUSeconds()
            let parsed = HTMLDocument(utf8: utf8)
            withExtendedLifetime(parsed) {}
            cpu += Self.threadCPUSeconds() - start
            bytes += raw.count
        }
        return (Double(bytes) / 1e6 / max(cpu, 1e-9), bytes)
    }

    /// CPU time used so far by the calling thread.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
