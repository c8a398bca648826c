/// Normalize's part of the outside-body record: the text around the body is carried over, each block between body
/// roots placed among the normalized lines as clean's removed lines are (`RemovedLinePlaces`).
extension NormalizeStage {
    /// The title copies' indices among `split`: the merger's removals (indices among `kept`, the lines the template
    /// left), past the template's lines (`templateDrop`, ascending indices among `split`).
    static func titleSplitIndices(split: [String], templateDrop: [Int], kept: [String], body: [String]) -> [Int] {
        let titles = RemovedLinePlaces.titleIndices(kept: kept, body: body)
        guard !titles.isEmpty, !templateDrop.isEmpty else { return titles }
        let dropped = Set(templateDrop)
        let map = split.indices.filter { !dropped.contains($0) }
        return titles.map { map[$0] }
    }

    /// Clean's outside-body record with each `between` block's place (a cleaned line) turned into a normalized line.
    static func outside(_ o: OutsideBody, cleanedStarts: [Int], split: [String], templateDrop: [Int], kept: [String],
                        body: [String]) -> OutsideBody {
        guard o.blocks.contains(where: { $0.beforeLine != nil }) else { return o }
        let gone = (templateDrop + titleSplitIndices(split: split, templateDrop: templateDrop, kept: kept, body: body)).sorted()
        let places = RemovedLinePlaces(splitCount: split.count, gone: gone)
        var out = o
        for i in out.blocks.indices {
            guard let k = out.blocks[i].beforeLine else { continue }
            let at = k >= 0 && k < cleanedStarts.count ? cleanedStarts[k] : split.count
            out.blocks[i].beforeLine = places.normalizedLine(beforeSplit: at)
        }
        return out
    }
}
