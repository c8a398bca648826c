/// What follows an Arabic number with 万/亿 when more digits come right after it.
enum MixedMagnitude {
    /// The digits are no part of it (`3万5`, colloquial and unsure, or a separate number).
    case none
    /// A decimal before the second part, or a second part as large as the first (`1.2亿3千万`, `1万2万`).
    case garbled
    /// The sum (`3亿5千万` = 350,000,000), ending after the second part's magnitudes.
    case joined(NumberOperand)
}
