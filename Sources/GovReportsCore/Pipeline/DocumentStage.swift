/// One per-document stage: a pure function from its input record to its output record. Stages never read or
/// write the artifact store; `StageChain` feeds them (from the previous stage in memory, or from the store) and
/// stores what they return.
public protocol DocumentStage: Sendable {
    /// The record this stage consumes.
    associatedtype Input: Sendable
    /// The record this stage produces (what the runner stores under `output/stages/<stage>/`).
    associatedtype Output: Sendable

    /// Which stage this is.
    static var name: StageName { get }

    /// Runs the stage on one document's input.
    func run(_ input: Input) throws -> Output
}
