/// Goals that reach past their own clause, classified after the scan (the main loop keeps only the clause's goal
/// state, so this pass leaves it untouched).
extension QuantityScanner {
    /// Marks as goals the mentions in the later clauses of a sentence whose first clause holds a goal mention after a
    /// carrying goal word (`力争A增长7%—8%,B增长6%左右。`): the word governs the whole list. The carry stops at the
    /// sentence's end, at a colon (a lead-in the main loop reads itself) and for good at the first clause that states
    /// an achievement or the actual figure (`完成`, `去年`, `实际`).
    func carryGoals(_ buffer: [UInt32], _ matches: inout [QuantityMatch]) {
        var i = 0
        while i < matches.count {
            guard matches[i].target, opensWithCarryingGoal(buffer, before: matches[i].start) else {
                i += 1
                continue
            }
            var previousEnd = matches[i].end
            var j = i + 1
            while j < matches.count, !breaksGoalCarry(buffer, from: previousEnd, to: matches[j].start) {
                matches[j].target = true
                previousEnd = matches[j].end
                j += 1
            }
            i = j
        }
    }

    /// Whether the clause holding `start` is the first of its sentence (or of the list after a colon) and a carrying
    /// goal word stands in it before `start`, at most `maxGoalOpening` scalars back.
    func opensWithCarryingGoal(_ buffer: [UInt32], before start: Int) -> Bool {
        var p = start - 1
        while p >= 0 && start - p <= Self.maxGoalOpening {
            let scalar = buffer[p]
            switch scalar < 0x10000 ? ScalarClass(rawValue: classTable[Int(scalar)]) ?? .none : .none {
            case .clauseBreak: return false
            // A colon opens a list as a sentence start does (重点抓好以下工作:力争A,B…).
            case .sentenceBreak, .newline, .leadIn: return hasCarryingGoal(buffer, from: p + 1, to: start)
            default: p -= 1
            }
        }
        return p < 0 && hasCarryingGoal(buffer, from: 0, to: start)
    }

    /// Whether a carrying goal word starts in `from..<to`.
    func hasCarryingGoal(_ buffer: [UInt32], from start: Int, to end: Int) -> Bool {
        var p = start
        while p < end {
            if carryingGoalTrie.longestMatch(buffer, at: p) != nil { return true }
            p += 1
        }
        return false
    }

    /// Whether the text between two mentions ends the carry: a sentence or line break, a colon, or a word of
    /// achievement or actual figures.
    func breaksGoalCarry(_ buffer: [UInt32], from start: Int, to end: Int) -> Bool {
        var p = start
        while p < end {
            let scalar = buffer[p]
            switch scalar < 0x10000 ? ScalarClass(rawValue: classTable[Int(scalar)]) ?? .none : .none {
            case .sentenceBreak, .newline, .leadIn: return true
            default:
                if achievementTrie.longestMatch(buffer, at: p) != nil || goalCarryStopTrie.longestMatch(buffer, at: p) != nil {
                    return true
                }
            }
            p += 1
        }
        return false
    }

    /// Farthest a carrying goal word may stand before the first goal mention of its sentence.
    static let maxGoalOpening = 40
}
