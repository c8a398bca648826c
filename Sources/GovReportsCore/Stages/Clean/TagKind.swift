/// How the clean stage treats an element, by tag name.
enum TagKind: UInt8, Sendable {
    /// Inline markup (span, b, font …): text flows on.
    case inline
    /// A block that starts and ends a paragraph.
    case block
    /// A table cell: cells of a row are separated by a tab.
    case cell
    /// `<br>`: ends the current paragraph.
    case lineBreak
    /// Never text (script, style, widgets): the subtree is skipped.
    case drop
    /// Chrome by tag (nav, header, footer …) unless it holds real prose.
    case chromeBlock
    /// `<a>`: its text counts as link text.
    case link
    /// `<h1>`: a title candidate and a paragraph.
    case heading1
    /// `<pre>`: newlines inside are paragraph breaks.
    case pre
    /// `<head>`: metadata only.
    case head
    /// `<title>`.
    case title
    /// `<meta>`.
    case meta
    /// `<body>`.
    case body
    /// `<article>`: a content container by tag.
    case article

    /// Whether the element starts and ends a paragraph.
    var breaksParagraph: Bool {
        switch self {
        case .block, .lineBreak, .chromeBlock, .heading1, .pre, .body, .article: return true
        default: return false
        }
    }

    /// Whether the element may hold a whole article (for the text-density fallback).
    var isContainerLike: Bool {
        switch self {
        case .block, .cell, .body, .article: return true
        default: return false
        }
    }
}
