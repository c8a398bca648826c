/// Quantity-scanner speed over stored normalized texts: by the wall clock and by the thread's own CPU time.
public struct ScannerThroughput: Sendable {
    /// Bytes of normalized UTF-8 text scanned (texts repeated to reach the requested size).
    public var bytes: Int
    /// Wall-clock seconds spent scanning.
    public var wallSeconds: Double
    /// CPU seconds the scanning thread used: unaffected by other processes competing for the cores.
    public var cpuSeconds: Double

    /// MB of text per wall-clock second.
    public var mbPerSecond: Double { Double(bytes) / 1e6 / max(wallSeconds, 1e-9) }
    /// MB of text per CPU second of the scanning thread (single-core speed on a shared machine).
    public var mbPerCPUSecond: Double { Double(bytes) / 1e6 / max(cpuSeconds, 1e-9) }
}
