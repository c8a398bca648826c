/// How clean chose a page's main content.
enum ContentBasis: Sendable, Equatable {
    /// Nothing chosen yet (or the page had no element to choose).
    case none
    /// A known CMS container (bundled or from `clean.contentContainers`), by its id/class name.
    case container(String)
    /// No known container: the densest text block (link lines are then dropped as chrome).
    case density
}
