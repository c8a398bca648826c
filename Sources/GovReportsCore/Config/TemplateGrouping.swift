/// How documents are grouped into sites whose shared template is learned (`clean.template.group`).
public enum TemplateGrouping: String, Codable, Sendable, CaseIterable {
    /// URLs by host, files by folder (the default).
    case host
    /// URLs by host and folder path, files by folder: for a host that serves several templates.
    case folder
    /// No template learning.
    case none
}
