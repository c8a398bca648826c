import Foundation

/// `config validate`: everything about a configuration that can be checked without running it (no network).
///
/// Decoding and the range checks of `PipelineConfig.parse` come first; when the file decodes, every source,
/// pattern, URL, file and rule table it names is checked too, and every problem found is reported, not just the first.
/// The bundled rule tables are loaded as well, so a damaged install is caught before a nightly run.
public struct ConfigValidator {
    /// The config file's path as the user named it (used in every line).
    public let path: String
    /// The config file's folder: relative paths in it resolve against this.
    public let baseDirectory: URL

    /// Largest `{n}` page count a listing may ask for: beyond this a typo (`maxPages: 50000`) would hammer a site.
    static let maxListingPages = 1000

    /// Creates a validator for the file at `path`.
    public init(path: String, baseDirectory: URL) {
        self.path = path
        self.baseDirectory = baseDirectory
    }

    /// Every problem found in `data` (the file's bytes); empty when the configuration is usable.
    public func problems(in data: Data) -> [ConfigProblem] {
        var first: ConfigProblem?
        do { _ = try PipelineConfig.parse(data, path: path) } catch { first = .config(error) }
        // Range errors of `parse` still leave a decodable config: report every one of them (`parse` stops at the
        // first), then check the rest of it as well, without saying a key already named twice.
        guard let config = try? JSONDecoder().decode(PipelineConfig.self, from: data) else { return first.map { [$0] } ?? [] }
        var found = first.map { [$0] } ?? []
        if case .config(.invalidValue)? = first {
            found = config.rangeErrors(path: path).map { .config($0) }
            if let first, !found.contains(where: { $0.keyPath == first.keyPath }) { found.insert(first, at: 0) }
        }
        let named = Set(found.compactMap(\.keyPath))
        return found + problems(of: config).filter { $0.keyPath == nil || !named.contains($0.keyPath!) }
    }

    /// Every problem in a decoded configuration beyond what `PipelineConfig.parse` checks.
    public func problems(of config: PipelineConfig) -> [ConfigProblem] {
        var found: [ConfigProblem] = []
        found += sourceProblems(config.sources)
        found += fetchProblems(config.fetch)
        found += cleanProblems(config.clean)
        found += extractProblems(config.extract)
        found += bundledRuleProblems()
        return found
    }

    /// A problem with a value at `keyPath`.
    func invalid(_ keyPath: String, _ reason: String) -> ConfigProblem {
        .config(.invalidValue(path: path, keyPath: keyPath, reason: reason))
    }

    /// Sources: files, folders and globs resolve; URLs (also in URL lists) are http(s) with a host; listings' URLs,
    /// page patterns, page counts and link filters are usable.
    func sourceProblems(_ sources: [SourceSpec]) -> [ConfigProblem] {
        var found: [ConfigProblem] = []
        let resolver = SourceResolver(baseDirectory: baseDirectory)
        for (index, spec) in sources.enumerated() {
            let key = "sources[\(index)]"
            var resolved = true
            do { _ = try resolver.resolve(spec, keyPath: key) } catch {
                resolved = false
                // A bad line of a URL list is reported below with its line number, with every other bad line.
                if case .badURL = error, spec.urlList != nil {} else { found.append(.source(error)) }
            }
            if resolved, let url = spec.url, let reason = Self.urlProblem(url) { found.append(invalid("\(key).url", reason)) }
            if let list = spec.urlList, let text = try? String(contentsOf: resolver.absolute(list), encoding: .utf8) {
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let entry = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    if entry.isEmpty || entry.hasPrefix("#") { continue }
                    if let reason = Self.urlProblem(entry) {
                        found.append(invalid("\(key).urlList", "\(list) line \(number + 1): \(reason)"))
                    }
                }
            }
            if let listing = spec.listing { found += listingProblems(listing, key: "\(key).listing") }
        }
        return found
    }

    /// A listing: its URL, `pagePattern` (must hold `{n}` and give a URL), `maxPages` and both link filters.
    func listingProblems(_ listing: ListingSpec, key: String) -> [ConfigProblem] {
        var found: [ConfigProblem] = []
        if let reason = Self.urlProblem(listing.url) { found.append(invalid("\(key).url", reason)) }
        if let pattern = listing.pagePattern {
            if !pattern.contains("{n}") {
                found.append(invalid("\(key).pagePattern", "must contain {n} (the page number), e.g. index_{n}.html"))
            } else if let reason = Self.urlProblem(pattern.replacingOccurrences(of: "{n}", with: "1")) {
                found.append(invalid("\(key).pagePattern", reason))
            }
        }
        if !(1...Self.maxListingPages).contains(listing.maxPages) {
            found.append(invalid("\(key).maxPages", "must be between 1 and \(Self.maxListingPages)"))
        }
        for (name, pattern) in [("linkPattern", listing.linkPattern), ("textPattern", listing.textPattern)] {
            if let pattern, let reason = Self.regexProblem(pattern) { found.append(invalid("\(key).\(name)", reason)) }
        }
        return found
    }

    /// Fetch: the CA file loads and the numeric options `parse` leaves unchecked are in range.
    func fetchProblems(_ fetch: FetchConfig) -> [ConfigProblem] {
        var found: [ConfigProblem] = []
        if let caFile = fetch.caFile {
            do { _ = try CAFile.load(caFile, baseDirectory: baseDirectory) } catch {
                found.append(invalid("fetch.caFile", error.description))
            }
        }
        if !(fetch.connectTimeout > 0) { found.append(invalid("fetch.connectTimeout", "must be > 0")) }
        if !(fetch.maxCompressionRatio >= 1) { found.append(invalid("fetch.maxCompressionRatio", "must be ≥ 1")) }
        if fetch.maxRedirects < 0 { found.append(invalid("fetch.maxRedirects", "must be ≥ 0")) }
        if fetch.userAgent.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(invalid("fetch.userAgent", "must name the crawler (servers and robots.txt match on it)"))
        }
        return found
    }

    /// Clean: every chrome pattern compiles (all of them, where `parse` stops at the first) and container names are
    /// single id/class names.
    func cleanProblems(_ clean: CleanConfig) -> [ConfigProblem] {
        var found: [ConfigProblem] = []
        for (i, pattern) in clean.chromeLinePatterns.enumerated() {
            if let reason = Self.regexProblem(pattern) { found.append(invalid("clean.chromeLinePatterns[\(i)]", reason)) }
        }
        for (i, name) in clean.contentContainers.enumerated()
        where name.isEmpty || name.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            found.append(invalid("clean.contentContainers[\(i)]", "must be one id or class name, without spaces"))
        }
        return found
    }

    /// Extract: stoplist entries are not empty; the codebook loads, its patterns compile and every unit it names is
    /// one the quantity scanner records (else the indicator could never match: a silent loss).
    func extractProblems(_ extract: ExtractConfig) -> [ConfigProblem] {
        var found: [ConfigProblem] = []
        for (i, entry) in extract.stoplist.enumerated() where entry.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(invalid("extract.stoplist[\(i)]", "must not be empty"))
        }
        let key = "extract.codebook"
        guard let url = Codebook.fileURL(extract.codebook, baseDirectory: baseDirectory) else {
            return found + [invalid(key, "the bundled codebook is missing from the resource bundle; rebuild the package")]
        }
        let codebook: Codebook
        do { codebook = try Codebook.read(url) } catch {
            return found + [.ruleFile(path: path, keyPath: key, error: error)]
        }
        do { _ = try IndicatorMatcher(codebook: codebook) } catch {
            return found + [invalid(key, "\(url.path): \(error)")]
        }
        let recorded: Set<String>
        do { recorded = Set(try QuantityRules.bundled().units.units.map(\.recordedUnit)) } catch {
            return found  // reported by `bundledRuleProblems`
        }
        for indicator in codebook.indicators {
            for unit in indicator.units where !Self.isRecorded(unit, recorded: recorded) {
                found.append(invalid(key, "\(url.path): codebook indicator \(indicator.id): unit '\(unit)' is never "
                    + "recorded by the quantity scanner (not in units.json or unitvocab.tsv), so it could never match"))
            }
        }
        return found
    }

    /// The bundled rule tables every run loads: a damaged install fails here instead of mid-run.
    func bundledRuleProblems() -> [ConfigProblem] {
        let loaders: [() throws -> Void] = [
            { _ = try QuantityRules.bundled() }, { _ = try MetadataRules.bundled() }, { _ = try CitationRules.bundled() },
            { _ = try SectionRules.bundled() }, { _ = try DivisionTable.bundled() },
        ]
        var found: [ConfigProblem] = []
        for load in loaders {
            do { try load() } catch let error as RuleFileError {
                found.append(.ruleFile(path: path, keyPath: "(bundled rules)", error: error))
            } catch {
                found.append(invalid("(bundled rules)", "\(error)"))
            }
        }
        return found
    }

    /// Whether the scanner can record `unit`: a unit it knows, or a compound `X/Y` whose first part it knows.
    static func isRecorded(_ unit: String, recorded: Set<String>) -> Bool {
        if recorded.contains(unit) { return true }
        guard let slash = unit.firstIndex(of: "/") else { return false }
        return recorded.contains(String(unit[..<slash]))
    }

    /// Why a URL cannot be fetched (not http(s), no host), or nil when it can.
    static func urlProblem(_ url: String) -> String? {
        do { _ = try HTTPFetcher.validate(url, original: url) } catch {
            return "'\(url)' is not an http:// or https:// URL with a host"
        }
        return nil
    }

    /// Why a pattern does not compile as the fetch and clean stages compile it, or nil when it does.
    static func regexProblem(_ pattern: String) -> String? {
        (try? NSRegularExpression(pattern: pattern)) == nil
            ? "'\(pattern)' is not a valid regular expression (ICU syntax; check brackets, parentheses and escapes)" : nil
    }
}
