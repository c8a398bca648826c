/// Clean's last step for the outside-body record: the walk placed text between roots among the linearized lines,
/// the cleaned text is the lines the line rules kept.
extension OutsideBody {
    /// The record with each `between` block's place among the linearized lines (`beforeLine`) turned into a place
    /// among the lines kept (`kept[i]`: whether linearized line `i` was kept).
    func placed(amongKept kept: [Bool]) -> OutsideBody {
        guard blocks.contains(where: { $0.beforeLine != nil }) else { return self }
        // keptBefore[i]: kept lines among the first i linearized lines.
        var keptBefore: [Int] = [0]
        keptBefore.reserveCapacity(kept.count + 1)
        for k in kept { keptBefore.append(keptBefore[keptBefore.count - 1] + (k ? 1 : 0)) }
        var out = self
        for i in out.blocks.indices {
            if let at = out.blocks[i].beforeLine { out.blocks[i].beforeLine = keptBefore[min(max(at, 0), kept.count)] }
        }
        return out
    }
}
