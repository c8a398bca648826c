/// What an element is to a table, by tag name (`PageWalk` notes it as elements open, `TableGridBuilder` reads it).
enum TableRole: UInt8, Sendable {
    /// Not part of a table's structure.
    case none
    /// `<table>`.
    case table
    /// `<thead>`: its rows are header rows.
    case headSection
    /// `<tr>`.
    case row
    /// `<td>`.
    case cell
    /// `<th>`: a header cell by markup.
    case headerCell
    /// `<caption>`.
    case caption
    /// `<b>` / `<strong>`: bold text, a header mark when it covers a whole cell.
    case emphasis

    /// The role of an element of `kind` named `name` (a NUL-terminated libxml2 name).
    static func of(_ name: UnsafePointer<UInt8>, kind: TagKind) -> TableRole {
        switch kind {
        case .cell:
            return PageWalk.nameIs(name, "th") ? .headerCell : .cell
        case .block:
            if PageWalk.nameIs(name, "tr") { return .row }
            if PageWalk.nameIs(name, "table") { return .table }
            if PageWalk.nameIs(name, "thead") { return .headSection }
            if PageWalk.nameIs(name, "caption") { return .caption }
            return .none
        case .inline:
            return PageWalk.nameIs(name, "b") || PageWalk.nameIs(name, "strong") ? .emphasis : .none
        default:
            return .none
        }
    }
}
