import Foundation

/// The site templates of one run: per group, learned from the members' cleaned texts (or loaded from the stored
/// artifact when its fingerprint is unchanged), and per document the part of its template that applies to it.
public struct TemplateBook: Sendable {
    /// Template per group key.
    let templates: [String: SiteTemplate]
    /// Group key per doc id (only documents of groups with a template).
    let groupOf: [String: String]
    /// Identity of the removed lines per doc id (absent when the template removes nothing from it).
    let identities: [String: String]
    /// Groups whose template was learned afresh in this build (the others were loaded).
    public let learned: [String]

    /// No templates.
    public static let empty = TemplateBook(templates: [:], groupOf: [:], identities: [:], learned: [])

    /// Whether no group has a template.
    public var isEmpty: Bool { templates.isEmpty }

    /// The template that applies to a document, if its group has one.
    public func template(for docID: String) -> SiteTemplate? {
        groupOf[docID].flatMap { templates[$0] }
    }

    /// The identity of the lines the template removes from a document; nil when none.
    public func identity(for docID: String) -> String? {
        identities[docID]
    }

    /// Folder of the stored templates.
    static func folder(_ store: ArtifactStore) -> URL {
        store.root.appendingPathComponent("stages/template", isDirectory: true)
    }

    /// File of one group's stored template: named by a hash of the key, which may hold any character.
    static func file(_ store: ArtifactStore, group: String) -> URL {
        folder(store).appendingPathComponent(String(Digest.sha256(group).prefix(24)) + ".json", isDirectory: false)
    }

    /// Builds the run's templates. `cleaned` holds each document's clean output identity (documents without one
    /// belong to no group this run). With `write`, changed templates are stored; `status` builds without writing.
    /// `cached` returns a cleaned document still in memory, read instead of its stored record.
    public static func build(_ docs: [SourceDocument], cleaned: [String: String], store: ArtifactStore,
                             config: TemplateConfig, foldFullWidth: Bool, write: Bool,
                             cached: @Sendable (String) -> CleanedDocument? = { _ in nil }) -> TemplateBook {
        guard config.group != .none else { return .empty }
        var members: [String: [String]] = [:]
        for doc in docs {
            guard cleaned[doc.docID] != nil, let g = TemplateLearner.group(of: doc, grouping: config.group) else { continue }
            members[g, default: []].append(doc.docID)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let options = (try? encoder.encode(config)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var templates: [String: SiteTemplate] = [:], groupOf: [String: String] = [:], identities: [String: String] = [:]
        var learned: [String] = []
        let learner = TemplateLearner(config: config)
        for (group, ids) in members.sorted(by: { $0.key < $1.key }) where ids.count >= config.minGroupSize {
            let sorted = ids.sorted()
            let fingerprint = Digest.sha256("\(ProgramVersion.schema)\nrules:\(SiteTemplate.rulesVersion)\n\(options)\nfold:\(foldFullWidth)\n"
                + sorted.map { "\($0):\(cleaned[$0]!)" }.joined(separator: "\n"))
            let url = file(store, group: group)
            var artifact = (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(TemplateArtifact.self, from: $0) }
            if artifact?.fingerprint != fingerprint {
                artifact = learn(group, ids: sorted, fingerprint: fingerprint, store: store, learner: learner,
                                 foldFullWidth: foldFullWidth, cached: cached)
                learned.append(group)
                if write, let artifact, let data = try? encoder.encode(artifact) {
                    try? FileManager.default.createDirectory(at: folder(store), withIntermediateDirectories: true)
                    try? AtomicFile.write(data, to: url)
                }
            }
            guard let artifact else { continue }
            templates[group] = artifact.template
            for id in sorted { groupOf[id] = group }
            identities.merge(artifact.documents) { a, _ in a }
        }
        return TemplateBook(templates: templates, groupOf: groupOf, identities: identities, learned: learned)
    }

    /// Learns one group's template from its members' stored cleaned texts; nil when the group is too small or a
    /// member cannot be read (its documents are then cleaned without a template this run).
    static func learn(_ group: String, ids: [String], fingerprint: String, store: ArtifactStore, learner: TemplateLearner,
                      foldFullWidth: Bool, cached: @Sendable (String) -> CleanedDocument?) -> TemplateArtifact? {
        let slots = MemberLines(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            let doc = cached(ids[i]) ?? (try? store.read(CleanedDocument.self, stage: .clean, docID: ids[i]))
            slots.set(i, doc.map { LineSplitter.lines($0.text, fullWidth: foldFullWidth) })
        }
        let lines = slots.lines
        guard slots.complete, let template = learner.learn(group: group, members: lines) else { return nil }
        var documents: [String: String] = [:]
        for (i, id) in ids.enumerated() {
            if let identity = template.applicableIdentity(in: lines[i]) { documents[id] = identity }
        }
        return TemplateArtifact(fingerprint: fingerprint, group: group, members: ids.count, template: template,
                                documents: documents)
    }
}
