/// The class of a word in `change.json`, as the payload of the scanner's reversed change-word trie.
enum ChangeWordClass: Int32, Sendable {
    /// May stand between the verb and the number (了, 分别, 为).
    case filler
    /// After the verb, makes the number the level reached (到, 至).
    case level
    /// Looks like a verb of change but states a level (新增).
    case notChange
    /// A verb of rising.
    case increase
    /// A verb of falling.
    case decrease
    /// A comparison without a verb (同比, 比上年).
    case comparison
}
