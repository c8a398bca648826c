/// A test sentence and the mentions it must yield, in order (empty: nothing is a quantity).
struct QuantityCase: Sendable, CustomStringConvertible {
    /// The normalized sentence.
    var sentence: String
    /// The mentions, in text order.
    var expected: [ExpectedQuantity]

    /// Creates a case.
    init(_ sentence: String, _ expected: ExpectedQuantity...) {
        self.sentence = sentence
        self.expected = expected
    }

    /// The sentence, which names the case in test output.
    var description: String { sentence }
}
