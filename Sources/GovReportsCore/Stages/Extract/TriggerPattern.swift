/// A compiled trigger or exclusion: term groups joined by `+`, each group alternatives joined by `|`.
///
/// `行政复议` — the phrase in the clause. `社会组织|社会团体+审计|抽查` — one phrase of each group in the clause.
/// `清单+<权力|权责` — `清单` in the clause, `权力` or `权责` in the clause or earlier in the sentence.
/// `事项+!办理|受理` — `事项` in the clause and neither `办理` nor `受理`.
struct TriggerPattern: Sendable, Equatable {
    /// Groups that must all hold.
    var groups: [TermGroup]

    /// Parses `source`, interning its phrases; throws for empty groups or phrases.
    static func parse(_ source: String, indicator: String, phrases: inout PhraseTable) throws -> TriggerPattern {
        var groups: [TermGroup] = []
        for rawGroup in source.split(separator: "+", omittingEmptySubsequences: false) {
            var text = Substring(rawGroup)
            var scope = TermScope.clause
            if text.first == "!" { scope = .absent; text = text.dropFirst() }
            else if text.first == "<" { scope = .sentence; text = text.dropFirst() }
            let alternatives = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if alternatives.contains(where: \.isEmpty) {
                throw CodebookError.invalidIndicator(id: indicator, reason: "empty phrase in pattern \"\(source)\"")
            }
            groups.append(TermGroup(phrases: Set(alternatives.map { phrases.intern($0) }), scope: scope))
        }
        if !groups.contains(where: { $0.scope != .absent }) {
            throw CodebookError.invalidIndicator(id: indicator, reason: "pattern \"\(source)\" has no phrase that must occur")
        }
        return TriggerPattern(groups: groups)
    }

    /// Whether each of `phrases` (ids) is an alternative of one of the pattern's groups that must hold: a list item
    /// naming only such words (`、行政合同协议`) says nothing the pattern does not read.
    func covers(_ phrases: Set<Int>) -> Bool {
        phrases.allSatisfy { id in groups.contains { $0.scope != .absent && $0.phrases.contains(id) } }
    }

    /// Distance from the number to the phrase that completed the pattern (its farthest group's nearest phrase), or nil
    /// when it does not hold.
    /// `clause` and `sentence` hold, by phrase id, the phrase's smallest distance in the clause and in the earlier
    /// sentence, or `Int.max` where it does not occur.
    func distance(clause: [Int], sentence: [Int]) -> Int? {
        var best = Int.max
        for g in groups {
            switch g.scope {
            case .absent:
                if g.phrases.contains(where: { clause[$0] != .max }) { return nil }
            case .clause, .sentence:
                var groupBest: Int?
                for p in g.phrases {
                    let d = clause[p]
                    if d != .max { groupBest = min(groupBest ?? d, d) }
                    let e = sentence[p]
                    if g.scope == .sentence, e != .max { groupBest = min(groupBest ?? e, e) }
                }
                guard let found = groupBest else { return nil }
                // The pattern holds only once every group is there: its farthest group is where it is satisfied, so a
                // generic part shared with other patterns (案件 of 查处+案件) does not bring it nearer than theirs.
                best = best == .max ? found : max(best, found)
            }
        }
        return best
    }
}
