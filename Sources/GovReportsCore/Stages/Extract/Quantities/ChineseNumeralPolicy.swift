/// Whether a unit may follow a Chinese numeral (`三项`), as opposed to an Arabic one (`3项`).
public enum ChineseNumeralPolicy: String, Codable, Sendable {
    /// Any Chinese numeral may carry this unit.
    case yes
    /// Only Arabic numerals carry it (`七台河` is a place, `三期` an ordinal).
    case no
    /// Only a composite Chinese numeral with 十/百/千/万/亿 (`两千元` yes, `二元结构` no).
    case composite
}
