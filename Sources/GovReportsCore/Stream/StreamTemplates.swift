import Foundation

/// Site templates for `stream --templates DIR`: the templates a `run` learned and stored (`output/stages/template/`),
/// applied by group the way `run` applies them, so a stream over a site whose recurring lines survive clean still
/// gives `run`'s texts. `stream` cannot learn them itself: it sees one document at a time.
public struct StreamTemplates: Sendable {
    /// Template per group key.
    let templates: [String: SiteTemplate]
    /// How documents are grouped (the config's `clean.template.group`, as when they were learned).
    let grouping: TemplateGrouping

    /// Loads every template artifact in `folder`; throws when the folder or a file cannot be read.
    public static func load(folder: URL, grouping: TemplateGrouping) throws(StreamError) -> StreamTemplates {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw .templatesUnreadable(path: folder.path, reason: ErrorText.describe(error))
        }
        var templates: [String: SiteTemplate] = [:]
        for name in names.sorted() where name.hasSuffix(".json") {
            let url = folder.appendingPathComponent(name)
            do {
                let artifact = try JSONDecoder().decode(TemplateArtifact.self, from: Data(contentsOf: url))
                templates[artifact.group] = artifact.template
            } catch {
                throw .templatesUnreadable(path: url.path, reason: ErrorText.describe(error))
            }
        }
        return StreamTemplates(templates: templates, grouping: grouping)
    }

    /// Number of groups with a template.
    public var count: Int { templates.count }

    /// The template of the input's group, if one was learned.
    func template(for input: StreamInput) -> SiteTemplate? {
        let doc = SourceDocument(docID: input.docID, source: input.source, url: input.url)
        return TemplateLearner.group(of: doc, grouping: grouping).flatMap { templates[$0] }
    }
}
