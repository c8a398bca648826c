/// Turns raw page or text bytes into body text with chrome removed, capturing title and dates first.
public struct Cleaner: Sendable {
    /// The user's extra rules.
    public let config: CleanConfig

    /// Compiles the bundled chrome table plus the user's extra rules, once per run.
    public init(config: CleanConfig) throws {
        self.config = config
    }

    /// Cleans one document; `record` supplies the doc id, source and the transport's charset hint.
    public func clean(_ bytes: [UInt8], record: FetchRecord) throws(CleanError) -> CleanedDocument {
        throw .empty(docID: record.docID, source: record.source)
    }
}
