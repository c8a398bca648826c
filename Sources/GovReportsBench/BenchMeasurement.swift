/// One benchmark run's figures (one process, one `--jobs` setting).
public struct BenchMeasurement: Codable, Sendable {
    /// Label, e.g. `jobs1`, `jobs2`, `noop`.
    public var label: String
    /// Parallel documents.
    public var jobs: Int
    /// Documents in the corpus.
    public var documents: Int
    /// Input bytes (raw HTML).
    public var bytes: Int
    /// Wall-clock seconds for the whole run.
    public var wallSeconds: Double
    /// Seconds per stage (summed over workers).
    public var stageSeconds: [String: Double]
    /// Peak resident set size in MiB.
    public var peakRSSMiB: Double
    /// Documents that failed.
    public var failed: Int
    /// CPU seconds per stage of this thread, when measured (the in-memory run); on a loaded machine these move
    /// less than wall-clock seconds.
    public var stageCPUSeconds: [String: Double]? = nil

    /// End-to-end MB/s of input (10^6 bytes).
    public var mbPerSecond: Double { Double(bytes) / 1e6 / max(wallSeconds, 1e-9) }
    /// Documents per second.
    public var docsPerSecond: Double { Double(documents) / max(wallSeconds, 1e-9) }
    /// Seconds in clean, normalize, extract and export together.
    public var cleanToExportSeconds: Double {
        ["clean", "normalize", "extract", "export"].reduce(0) { $0 + (stageSeconds[$1] ?? 0) }
    }
}
