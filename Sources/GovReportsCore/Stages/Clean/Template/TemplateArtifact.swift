/// The stored template of one group (`output/stages/template/<key>.json`), with the fingerprint it was learned under.
public struct TemplateArtifact: Codable, Sendable, Equatable {
    /// Hash of the learner's options and of the members' cleaned outputs (doc id and clean output identity).
    public var fingerprint: String
    /// The group key.
    public var group: String
    /// Number of documents it was learned from.
    public var members: Int
    /// The learned template.
    public var template: SiteTemplate
    /// Per member doc id: the identity of the lines the template removes from it (absent when it removes none).
    public var documents: [String: String]
}
