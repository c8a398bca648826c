import Foundation
import GovReportsCore
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

    /// Clean → normalize → extract over every corpus page held in memory, one thread, no artifacts or state:
    /// the same protocol as the peer extractors in `scripts/bench-peers.sh`.
    public func measureInMemory(corpus: URL) throws -> BenchMeasurement {
        let config = PipelineConfig()
        let pipeline = try StageChain(config: config, baseDirectory: corpus)
        // Reading and hashing (the fetch stage's work) happen before the clock starts, as for the peers.
        var pages: [(bytes: [UInt8], record: FetchRecord)] = []
        for doc in try SourceResolver(baseDirectory: corpus).resolve([SourceSpec(path: corpus.path)]) {
            guard let path = doc.path else { continue }
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            pages.append((bytes, FetchRecord(docID: doc.docID, source: doc.source, rawFile: "", fetchedAt: Timestamp.now(),
                                             sha256: Digest.sha256(bytes), byteCount: bytes.count)))
        }
        var seconds: [String: Double] = [:]
        var failed = 0
        var quantities = 0
        var cpu: [String: Double] = [:]
        for page in pages {
            let t0 = DispatchTime.now().uptimeNanoseconds, c0 = Self.threadCPUSeconds()
            let result = try? pipeline.clean.cleaner.clean(page.bytes, record: page.record)
            let t1 = DispatchTime.now().uptimeNanoseconds, c1 = Self.threadCPUSeconds()
            seconds["clean", default: 0] += Double(t1 - t0) / 1e9
            cpu["clean", default: 0] += c1 - c0
            guard let cleaned = result else {
                failed += 1
                continue
            }
            let normalized = pipeline.normalize.normalize(cleaned)
            let t2 = DispatchTime.now().uptimeNanoseconds, c2 = Self.threadCPUSeconds()
            quantities &+= pipeline.extract.extract(normalized).quantities.count
            let t3 = DispatchTime.now().uptimeNanoseconds, c3 = Self.threadCPUSeconds()
            seconds["normalize", default: 0] += Double(t2 - t1) / 1e9
            seconds["extract", default: 0] += Double(t3 - t2) / 1e9
            cpu["normalize", default: 0] += c2 - c1
            cpu["extract", default: 0] += c3 - c2
        }
        precondition(quantities >= 0)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return BenchMeasurement(label: "inmemory", jobs: 1, documents: pages.count, bytes: pages.reduce(0) { $0 + $1.bytes.count },
                                wallSeconds: seconds.values.reduce(0, +), stageSeconds: seconds,
                                peakRSSMiB: Double(usage.ru_maxrss) / 1024, failed: failed, stageCPUSeconds: cpu)
    }

    /// CPU time consumed by the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
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
    /// the clean stage. Returns MB of original page bytes per CPU second building libxml2's tree (and freeing it),
    /// parsing as SAX events with no callbacks, the same over the trimmed bytes clean hands libxml2 (what clean's parse
    /// costs before its own work), and the bytes parsed.
    public func parserThroughput(corpus: URL) throws -> (mbPerCPUSecond: Double, saxMBPerCPUSecond: Double,
                                                         trimmedSAXMBPerCPUSecond: Double, sha256MBPerCPUSecond: Double,
                                                         bytes: Int) {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".html") }.sorted()
        var bytes = 0
        var cpu = 0.0
        var saxCPU = 0.0
        var trimmedCPU = 0.0
        var hashCPU = 0.0
        for name in files {
            let raw = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
            let spent = ParserYardstick.measure(raw, cpuSeconds: Self.threadCPUSeconds)
            cpu += spent.tree
            saxCPU += spent.sax
            trimmedCPU += spent.trimmedSAX
            // Every fetch record carries the SHA-256 of the raw bytes (DESIGN's fetch record, `documents.sha256`),
            // so stream hashes each page: with the parse, the part of stream's cost no own code can remove.
            let hashStart = Self.threadCPUSeconds()
            withExtendedLifetime(Digest.sha256(raw)) {}
            hashCPU += Self.threadCPUSeconds() - hashStart
            bytes += raw.count
        }
        let mb = Double(bytes) / 1e6
        return (mb / max(cpu, 1e-9), mb / max(saxCPU, 1e-9), mb / max(trimmedCPU, 1e-9), mb / max(hashCPU, 1e-9), bytes)
    }
}
