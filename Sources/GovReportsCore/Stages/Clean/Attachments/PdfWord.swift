/// One word of a PDF page with its box, in PDF points from the page's top left.
struct PdfWord: Sendable, Equatable {
    /// The word's text.
    var text: String
    /// Left edge.
    var xMin: Double
    /// Top edge.
    var yMin: Double
    /// Right edge.
    var xMax: Double
    /// Bottom edge.
    var yMax: Double
}
