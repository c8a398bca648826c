/// Finds the source lines a body line was joined from (a hard-wrapped text's lines made one paragraph), so the body
/// score credits them without loosening: a source line counts only when a whole body line is exactly a run of two or
/// more consecutive source lines, in order, with nothing between them but lines the gold lists (page furniture).
enum JoinedLines {
    /// Indices of source lines that are parts of a joined body line. Keys are compared in the scorer's view.
    static func keptParts(sourceKeys: [String], bodyKeys: [String], skippable: Set<String>) -> Set<Int> {
        var parts = Set<Int>()
        let whole = Set(sourceKeys)
        for body in bodyKeys where !body.isEmpty && !whole.contains(body) {
            for start in sourceKeys.indices where !sourceKeys[start].isEmpty && body.hasPrefix(sourceKeys[start]) {
                if let run = run(from: start, spelling: body, sourceKeys: sourceKeys, skippable: skippable) {
                    parts.formUnion(run)
                    break
                }
            }
        }
        return parts
    }

    /// The source lines from `start` whose keys, concatenated, spell `body` exactly (skipping skippable lines), or nil.
    static func run(from start: Int, spelling body: String, sourceKeys: [String], skippable: Set<String>) -> [Int]? {
        var rest = Substring(body)
        var used: [Int] = []
        var i = start
        while !rest.isEmpty, i < sourceKeys.count {
            let k = sourceKeys[i]
            if k.isEmpty || (skippable.contains(k) && !used.isEmpty) { i += 1; continue }
            guard rest.hasPrefix(k) else { return nil }
            rest = rest.dropFirst(k.count)
            used.append(i)
            i += 1
        }
        return rest.isEmpty && used.count >= 2 ? used : nil
    }
}
