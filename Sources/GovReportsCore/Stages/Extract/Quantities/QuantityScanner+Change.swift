/// Whether a mention is a change (`增长5%`) or a level, and whether its clause states a goal (`力争增长5%左右`).
extension QuantityScanner {
    /// The direction of the change a verb or comparison right before `start` states, for a mention of `value`.
    func change(_ buffer: [UInt32], before start: Int, value: Double) -> QuantityChange? {
        var cursor = start
        if cursor > 0 && buffer[cursor - 1] == 0x20 { cursor -= 1 }
        // Fillers (了 分别 达 为) may stand between the verb and the number; a level marker (到 至) makes a level.
        var skipped = true
        while skipped {
            skipped = false
            if let length = endingWord(changeFillers, buffer, at: cursor) {
                cursor -= length
                skipped = true
            }
        }
        if endingWord(changeLevelMarkers, buffer, at: cursor) != nil { return nil }
        if endingWord(changeNotWords, buffer, at: cursor) != nil { return nil }
        let up = endingWord(changeIncrease, buffer, at: cursor) ?? 0
        let down = endingWord(changeDecrease, buffer, at: cursor) ?? 0
        var direction: QuantityChange
        if up == 0 && down == 0 {
            guard endingWord(changeComparisons, buffer, at: cursor) != nil else { return nil }
            direction = .increase
        } else {
            direction = up >= down ? .increase : .decrease
        }
        // 增长-3.2% falls; 下降-1% rises: the written sign wins over the verb.
        if value < 0 { direction = direction == .increase ? .decrease : .increase }
        return direction
    }

    /// Length of the longest of `words` that ends just before `index`, else nil.
    func endingWord(_ words: [[UInt32]], _ buffer: [UInt32], at index: Int) -> Int? {
        var best: Int?
        for w in words.indices where words[w].count <= index && words[w].count > (best ?? 0) {
            if hasWord(words[w], buffer, at: index - words[w].count) { best = words[w].count }
        }
        return best
    }

    /// Walks the text from where the last walk stopped up to `index`, tracking goal words per clause and per
    /// list lead-in; each scalar is visited once per scan.
    func advanceTarget(_ buffer: [UInt32], to index: Int, state: inout ScanState) {
        var i = max(state.targetScanned, 0)
        while i < index {
            let scalar = buffer[i]
            if targetBreaks.contains(scalar) {
                switch targetBreakKind(scalar) {
                case 2:
                    state.clauseTarget = false
                    state.leadInTarget = false
                    state.clauseAchieved = false
                case 1:
                    state.clauseTarget = false
                    state.clauseAchieved = false
                default:
                    state.leadInTarget = state.leadInTarget || state.clauseTarget
                    state.clauseTarget = false
                    state.clauseAchieved = false
                }
                i += 1
                continue
            }
            if targetTrie.mayStart(with: scalar), let hit = targetTrie.longestMatch(buffer, at: i) {
                switch hit.payload {
                case 1: if !state.clauseAchieved { state.clauseTarget = true }
                case 2: state.clauseAchieved = true
                default: break
                }
                // Skip the word, but never past `index`, so a word that runs into the mention is not lost.
                i = min(hit.end, max(index, i + 1))
                continue
            }
            i += 1
        }
        state.targetScanned = max(state.targetScanned, index)
    }

    /// 2 for a sentence break, 1 for a clause break, 0 for a lead-in mark.
    @inline(__always)
    func targetBreakKind(_ scalar: UInt32) -> Int {
        if sentenceBreakScalars.contains(scalar) { return 2 }
        return clauseBreakScalars.contains(scalar) ? 1 : 0
    }
}
