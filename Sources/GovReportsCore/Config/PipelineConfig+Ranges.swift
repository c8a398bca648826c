import Foundation

extension PipelineConfig {
    /// Every range error of the config (checks that types alone cannot express), in key order of the file's
    /// sections, each naming its key path; empty when all values are in range. `parse` throws the first; `config
    /// validate` reports them all.
    func rangeErrors(path: String) -> [ConfigError] {
        let checks: [(keyPath: String, ok: Bool, reason: String)] = [
            ("fetch.concurrency", fetch.concurrency >= 1, "must be ≥ 1"),
            ("fetch.perHostConcurrency", fetch.perHostConcurrency >= 1, "must be ≥ 1"),
            ("fetch.perHostDelay", fetch.perHostDelay >= 0, "must be ≥ 0"),
            ("fetch.timeout", fetch.timeout > 0, "must be > 0"),
            ("fetch.retries", fetch.retries >= 0, "must be ≥ 0"),
            ("fetch.maxBytes", fetch.maxBytes >= 1024, "must be ≥ 1024"),
            ("clean.maxInputBytes", clean.maxInputBytes >= 1024, "must be ≥ 1024"),
            ("clean.template.minGroupSize", clean.template.minGroupSize >= 2, "must be ≥ 2"),
            ("clean.template.minShare", clean.template.minShare > 0 && clean.template.minShare <= 1, "must be > 0 and ≤ 1"),
            ("clean.template.maxLineLength", clean.template.maxLineLength >= 1, "must be ≥ 1"),
            ("clean.maxSecondsPerDocument", clean.maxSecondsPerDocument > 0, "must be > 0"),
            ("extract.maxRowsPerDocument", extract.maxRowsPerDocument >= 1, "must be ≥ 1"),
            ("output", !output.isEmpty, "must not be empty"),
        ] + clean.chromeLinePatterns.enumerated().map { i, pattern in
            ("clean.chromeLinePatterns[\(i)]", (try? NSRegularExpression(pattern: pattern)) != nil,
             "not a valid regular expression")
        }
        return checks.filter { !$0.ok }.map { .invalidValue(path: path, keyPath: $0.keyPath, reason: $0.reason) }
    }
}
