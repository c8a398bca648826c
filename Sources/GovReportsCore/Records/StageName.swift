/// The five pipeline stages, in execution order.
public enum StageName: String, Codable, Sendable, CaseIterable, Comparable {
    /// The stages in pipeline order.
    case fetch, clean, normalize, extract, export

    /// Position in the pipeline, used to order and compare stages.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Stages are ordered by their position in the pipeline.
    public static func < (lhs: StageName, rhs: StageName) -> Bool { lhs.order < rhs.order }

    /// Per-document stages whose artifacts live in `output/stages/<stage>/<doc_id>.json`.
    public static let perDocument: [StageName] = [.fetch, .clean, .normalize, .extract]
}
