/// How clean chose a page's main content.
enum ContentBasis: Sendable, Equatable, CustomStringConvertible {
    /// Nothing chosen yet (or the page had no element to choose).
    case none
    /// A known CMS container (bundled or from `clean.contentContainers`), by its id/class name.
    case container(String)
    /// No known container: the densest text block (link lines are then dropped as chrome).
    case density
    /// The body check's fallback: the largest block of sentence text, when the first choice held too little.
    case sentenceBlock

    /// Whether a known container was chosen (its link lines are kept: the site said this is the body).
    var isContainer: Bool {
        if case .container = self { return true }
        return false
    }

    /// The form written into diagnostics (`container:<name>`, `density`, `sentence-block`, `none`).
    var description: String {
        switch self {
        case .none: return "none"
        case .container(let name): return "container:" + name
        case .density: return "density"
        case .sentenceBlock: return "sentence-block"
        }
    }
}
