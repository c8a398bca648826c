/// One page of a PDF as text lines in the reader's reading order.
struct PdfPage: Sendable, Equatable {
    /// 1-based page number.
    var number: Int
    /// Page width in points.
    var width: Double
    /// Page height in points.
    var height: Double
    /// The lines in reading order.
    var lines: [PdfLine]
}
