/// A place where the scanner saw a number it could not read with certainty: it took no quantity from it, or (spaced
/// groups in prose) read it the likely way, which a researcher may want to check.
public struct QuantityDoubt: Sendable, Equatable {
    /// Why: the stable diagnostic code the extract stage reports.
    public var code: DiagnosticCode
    /// Start offset in Unicode scalars of the doubted text.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars.
    public var end: Int

    /// Creates a doubt.
    public init(code: DiagnosticCode, start: Int, end: Int) {
        self.code = code
        self.start = start
        self.end = end
    }
}
