/// The three parts that decide whether a stage's stored output is still valid.
public struct Fingerprint: Sendable, Equatable {
    /// Identity of the input (upstream artifact hash or source file identity).
    public var inputSHA: String
    /// Hash of the stage's config section.
    public var configSHA: String
    /// Program schema version.
    public var version: String

    /// Creates a fingerprint.
    public init(inputSHA: String, configSHA: String, version: String = "\(ProgramVersion.schema)") {
        self.inputSHA = inputSHA
        self.configSHA = configSHA
        self.version = version
    }

    /// Compares against a stored row: nil when still valid, else why it is stale.
    public func staleness(against state: StageState?) -> StaleReason? {
        guard let state else { return .neverRun }
        if state.outcome == .failed { return .failed }
        if state.version != version { return .versionChanged }
        if state.configSHA != configSHA { return .configChanged }
        if state.inputSHA != inputSHA { return .inputChanged }
        return nil
    }
}
