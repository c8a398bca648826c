/// Where text clean left outside the body stood relative to the chosen body roots.
public enum OutsideBodyPlace: String, Codable, Sendable, Equatable {
    /// Before the first body root (site header, navigation, breadcrumbs, the page's own title and date lines).
    case before
    /// Between two body roots (a share bar between the article's sibling blocks).
    case between
    /// After the last body root (related links, footers, sidebars that follow the article).
    case after
}
