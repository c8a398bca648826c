/// A gold mention that `GoldQuantityLocator` cannot find in the seed text (fixture and gold disagree).
struct GoldLocatorError: Error, CustomStringConvertible {
    /// Document stem.
    var stem: String
    /// The mention looked for.
    var mention: String
    /// What went wrong.
    var description: String { "\(stem): gold mention \(mention) not found in the seed text" }
}
