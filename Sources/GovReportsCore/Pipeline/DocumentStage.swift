/// A stage that turns one document's upstream artifact into its own artifact.
public protocol DocumentStage: Sendable {
    /// The record this stage writes to `output/stages/<stage>/<doc_id>.json`.
    associatedtype Output: Codable & Sendable

    /// Which stage this is.
    static var name: StageName { get }

    /// Identity of the input this stage would read now; `upstream` is the previous stage's state row.
    func inputIdentity(_ document: SourceDocument, upstream: StageState?) throws -> String

    /// Runs the stage on one document, reading its input from the store.
    func process(_ document: SourceDocument, store: ArtifactStore) throws -> Output

    /// Runs the stage on one document from the upstream stage's in-memory hand-off when it ran in this process
    /// (else from the store); returns the output and what to hand downstream.
    func process(_ document: SourceDocument, handOff: StageHandOff?, store: ArtifactStore) throws
        -> (output: Output, handOff: StageHandOff?)

    /// Identity of the output handed downstream; defaults to the hash of the written record.
    func outputIdentity(_ output: Output, recordSHA: String) -> String

    /// Whether the stage must run whatever the fingerprint says (e.g. a URL, re-checked with a conditional GET).
    func alwaysRuns(_ document: SourceDocument) -> Bool
}

/// Defaults shared by the per-document stages.
extension DocumentStage {
    /// Default input identity: the hash of the upstream stage's last good output.
    public func inputIdentity(_ document: SourceDocument, upstream: StageState?) throws -> String {
        guard let sha = upstream?.outputSHA else {
            throw DocumentError.missingInput(docID: document.docID, source: document.source, stage: Self.name)
        }
        return sha
    }

    /// Default output identity: the record's own hash.
    public func outputIdentity(_ output: Output, recordSHA: String) -> String { recordSHA }

    /// By default a stage reads its input from the store and hands nothing on.
    public func process(_ document: SourceDocument, handOff: StageHandOff?, store: ArtifactStore) throws
        -> (output: Output, handOff: StageHandOff?) {
        (try process(document, store: store), nil)
    }

    /// By default the fingerprint decides.
    public func alwaysRuns(_ document: SourceDocument) -> Bool { false }
}
