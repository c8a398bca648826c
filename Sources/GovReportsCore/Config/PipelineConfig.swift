import Foundation

/// The effective configuration: `pipeline.json` with defaults filled in and CLI flags applied.
public struct PipelineConfig: Codable, Sendable, Equatable {
    /// The config schema version this program writes and understands.
    public static let currentVersion = 1

    /// Schema version of the file.
    public var version: Int
    /// Where documents come from.
    public var sources: [SourceSpec]
    /// Remote fetching.
    public var fetch: FetchConfig
    /// Chrome removal.
    public var clean: CleanConfig
    /// Text normalization.
    public var normalize: NormalizeConfig
    /// Extraction.
    public var extract: ExtractConfig
    /// Dataset files.
    public var export: ExportConfig
    /// Output folder, relative to the config file.
    public var output: String

    /// Keys the top-level object may hold.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, sources, fetch, clean, normalize, extract, export, output
    }

    /// The defaults: the bundled sample corpus into `output/`.
    public init() {
        version = Self.currentVersion
        sources = [SourceSpec(path: "samples")]
        fetch = FetchConfig()
        clean = CleanConfig()
        normalize = NormalizeConfig()
        extract = ExtractConfig()
        export = ExportConfig()
        output = "output"
    }

    /// Decodes strictly: unknown keys are errors, missing keys take defaults.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? version
        sources = try c.decodeIfPresent([SourceSpec].self, forKey: .sources) ?? sources
        fetch = try c.decodeIfPresent(FetchConfig.self, forKey: .fetch) ?? fetch
        clean = try c.decodeIfPresent(CleanConfig.self, forKey: .clean) ?? clean
        normalize = try c.decodeIfPresent(NormalizeConfig.self, forKey: .normalize) ?? normalize
        extract = try c.decodeIfPresent(ExtractConfig.self, forKey: .extract) ?? extract
        export = try c.decodeIfPresent(ExportConfig.self, forKey: .export) ?? export
        output = try c.decodeIfPresent(String.self, forKey: .output) ?? output
    }

    /// Parses config JSON; `path` is only used to name the file in errors.
    public static func parse(_ data: Data, path: String) throws(ConfigError) -> PipelineConfig {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .malformed(path: path, reason: (error as NSError).userInfo["NSDebugDescription"] as? String
                ?? error.localizedDescription)
        }
        let config: PipelineConfig
        do {
            config = try JSONDecoder().decode(PipelineConfig.self, from: data)
        } catch let unknown as UnknownConfigKey {
            throw .unknownKey(path: path, keyPath: unknown.keyPath, allowed: unknown.allowed)
        } catch let DecodingError.typeMismatch(type, context) {
            throw .invalidValue(path: path, keyPath: renderPath(context.codingPath), reason: "expected \(type)")
        } catch let DecodingError.valueNotFound(type, context) {
            throw .invalidValue(path: path, keyPath: renderPath(context.codingPath), reason: "expected \(type), got null")
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalidValue(path: path, keyPath: renderPath(context.codingPath + [key]), reason: "required key missing")
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalidValue(path: path, keyPath: renderPath(context.codingPath), reason: context.debugDescription)
        } catch {
            throw .malformed(path: path, reason: "\(error)")
        }
        if config.version > currentVersion { throw .unsupportedVersion(path: path, version: config.version) }
        try config.validate(path: path)
        return config
    }

    /// Reads and parses a config file; a missing file at the default path yields the defaults.
    public static func load(path: String, mustExist: Bool) throws(ConfigError) -> PipelineConfig {
        guard FileManager.default.fileExists(atPath: path) else {
            if mustExist { throw .unreadable(path: path, reason: "no such file") }
            return PipelineConfig()
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try parse(data, path: path)
    }

    /// Range checks that types alone cannot express: throws the first of `rangeErrors`.
    func validate(path: String) throws(ConfigError) {
        if let first = rangeErrors(path: path).first { throw first }
    }

    /// Renders a coding path as `fetch.retries` or `sources[2].path`.
    static func renderPath(_ path: [any CodingKey]) -> String { KeyPathText.render(path) }

    /// The JSON of one stage's section, canonical (sorted keys), for fingerprints.
    public func sectionJSON(for stage: StageName) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data?
        switch stage {
        case .fetch: data = try? encoder.encode(fetch)
        case .clean: data = try? encoder.encode(clean)
        case .normalize: data = try? encoder.encode(normalize)
        case .extract: data = try? encoder.encode(extract)
        case .export: data = try? encoder.encode(export)
        }
        return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
