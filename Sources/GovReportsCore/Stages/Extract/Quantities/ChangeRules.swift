/// What makes a number a change rather than a level, and a goal rather than an achievement, as stored in
/// `change.json`.
public struct ChangeRules: Codable, Sendable, Equatable {
    /// Verbs of rising right before the number (`增长5%`, `比上年增加3家`).
    public var increase: [String]
    /// Verbs of falling right before the number (`下降0.5个百分点`).
    public var decrease: [String]
    /// Comparisons that make the number a change even without a verb; the sign gives the direction (`同比-3.2%`).
    public var comparisons: [String]
    /// Words that look like a verb of change but state a level (`新增3家` counts what is new, not a rise).
    public var notChange: [String]
    /// Words that may stand between the verb and the number (`增长了5%`, `分别增长`, `增速为`).
    public var fillers: [String]
    /// Words after the verb that make the number the level reached (`提高到90%`, `增加至50家`).
    public var levelMarkers: [String]
    /// Words that make the clause a goal (`目标`, `预期`, `力争`, `计划`, `确保`).
    public var targetWords: [String]
    /// Longer words that contain a goal word but state none (`计划生育`, `计划单列`).
    public var notTarget: [String]
    /// Words that, before a goal word in the same clause, make it an achievement (`完成年度计划`, `超过预期目标`).
    public var achievement: [String]
    /// Clause boundaries: a goal word counts up to the next one.
    public var clauseBreaks: [String]
    /// Sentence boundaries: nothing carries past them.
    public var sentenceBreaks: [String]
    /// Marks that open a list whose lead-in states the goal for every item (`主要预期目标是:…,…;…`).
    public var leadInMarks: [String]
    /// Words right after a goal word that make it lead the rest of the sentence (`目标是…,…`), as a colon does.
    public var goalLeadIns: [String]?
    /// Words of more right after a comparison that make the number a rise (`比上年多3次`); alone they are no verb
    /// (`3次多`, `多家`).
    public var comparativeIncrease: [String]?
    /// Words of less right after a comparison that make the number a fall (`较上年少2件`).
    public var comparativeDecrease: [String]?
    /// Goal words that, in the first clause of a sentence before a goal mention, make the later clauses goals too
    /// (`力争A增长7%,B增长6%左右`).
    public var carryingGoalWords: [String]?
    /// Words that, between two mentions, end such a carry (the actual figure: `去年`, `实际`); achievement words do too.
    public var goalCarryStops: [String]?

    /// No change or goal words: every mention is a level and none a goal.
    public static let none = ChangeRules(
        increase: [], decrease: [], comparisons: [], notChange: [], fillers: [], levelMarkers: [], targetWords: [],
        notTarget: [], achievement: [], clauseBreaks: [], sentenceBreaks: [], leadInMarks: [])
}
