/// What a scalar means to the scanner's main loop; most scalars are `.none` and cost one table lookup.
enum ScalarClass: UInt8, Sendable {
    /// Nothing to do.
    case none = 0
    /// ASCII digit 0–9.
    case asciiDigit
    /// Full-width digit ０–９ that slipped through normalization.
    case wideDigit
    /// Chinese numeral or multiplier (零一二两…十百千万亿).
    case chineseNumeral
    /// Line break: quotation state resets per paragraph.
    case newline
    /// Opening quotation mark.
    case quoteOpen
    /// Closing quotation mark.
    case quoteClose
    /// ASCII double quote, which opens and closes.
    case quoteToggle
    /// Opening title mark 《.
    case titleOpen
    /// Closing title mark 》.
    case titleClose
    /// Sentence end (。！？): goal words stop carrying.
    case sentenceBreak
    /// Clause break (，；): a clause's goal word stops carrying.
    case clauseBreak
    /// Colon: the clause before it is the lead-in of a list.
    case leadIn
    /// First scalar of a goal, look-alike or achievement word (目标, 计划生育, 完成).
    case goalStart
}
