import Foundation

/// The bundled table of divisions with name and code indexes; load once and share.
public struct DivisionTable: Sendable {
    /// Every division, sorted by code.
    public let divisions: [Division]
    /// Row index by six-digit code.
    private let indexByCode: [String: Int]
    /// Parent row index of each row.
    private let parentIndex: [Int?]
    /// Row indexes per full name (`鼓楼区` → four rows).
    private let indexesByName: [String: [Int]]
    /// Row indexes per short name (`黔江` → one row).
    private let indexesByShortName: [String: [Int]]
    /// Candidate lists addressed by trie payload ids.
    private let nameCandidates: [[Int]]
    /// Abolished rows of a name that current rows still bear, by the same payload ids (mostly empty).
    private let olderCandidates: [[Int]]
    /// Full names for scanning text.
    private let trie: ScalarTrie
    /// Short names of provinces and prefectures (`南京`, `宁夏`), for names written without their suffix.
    private let shortTrie: ScalarTrie
    /// Candidate rows per short-name payload id (current rows only when the short name has any).
    private let shortCandidates: [[Int]]
    /// Whether a county bears the same short name too (`黄山` of 黄山市 and 黄山区), by short-name payload id.
    private let shortAlsoCounty: [Bool]

    /// The resource file name.
    public static let fileName = "divisions.tsv"

    /// The header line's fields, in order.
    private static let header = ["code", "level", "parent", "name", "short", "status"]

    /// Parses the TSV (`code level parent name short status`, `#` comments, one header line); `file` names it in errors.
    public init(tsv: String, file: String = DivisionTable.fileName) throws {
        var text = tsv
        // Everything runs over the file's UTF-8 bytes: rows are grouped by name by sorting byte spans, so each
        // name is hashed once (hashing a non-ASCII `String` normalizes it, and the grouping, filtering and
        // ordering by name hashed and compared every name several times — most of the process start-up).
        let built = try text.withUTF8 { try Self.build($0, file: file) }
        divisions = built.rows
        indexByCode = built.byCode
        parentIndex = built.parents
        indexesByName = built.byName
        indexesByShortName = built.byShort
        nameCandidates = built.candidates
        olderCandidates = built.older
        trie = built.trie
        // County short names are left out: they are common words far more often (和平, 城关, 新华, 长安).
        let upper = built.byShort.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            .compactMap { key, rows -> (String, [Int], Bool)? in
                let kept = rows.filter { built.rows[$0].level != .county }
                guard !kept.isEmpty else { return nil }
                let current = kept.filter { !built.rows[$0].isHistorical }
                return (key, current.isEmpty ? kept : current, kept.count < rows.count)
            }
        shortCandidates = upper.map(\.1)
        shortAlsoCounty = upper.map(\.2)
        shortTrie = ScalarTrie(entries: upper.enumerated().map { ($0.element.0, $0.offset) })
    }

    /// The table's parts from the file's bytes (see `init(tsv:file:)`).
    private static func build(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws
        -> (rows: [Division], byCode: [String: Int], parents: [Int?], byName: [String: [Int]],
            byShort: [String: [Int]], candidates: [[Int]], older: [[Int]], trie: ScalarTrie) {
        var rows: [Division] = []
        var nameSpans: [Range<Int>] = []
        var shortSpans: [Range<Int>] = []
        rows.reserveCapacity(bytes.count / averageRowBytes)
        func text(_ span: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self) }
        func equals(_ span: Range<Int>, _ word: StaticString) -> Bool {
            span.count == word.utf8CodeUnitCount
                && memcmp(bytes.baseAddress! + span.lowerBound, word.utf8Start, span.count) == 0
        }
        var sawHeader = false
        var lineNumber = 0
        var lineStart = 0
        var fields: [Range<Int>] = []
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            let end = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            if end == lineStart || bytes[lineStart] == 0x23 { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart..<end where bytes[i] == 0x09 {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            fields.append(fieldStart..<end)
            func malformed(_ reason: String) -> RuleFileError {
                .malformed(file: file, key: "line \(lineNumber)", reason: reason)
            }
            if !sawHeader {
                guard fields.map(text) == header else {
                    throw malformed("expected header code/level/parent/name/short/status")
                }
                sawHeader = true
                continue
            }
            guard fields.count == header.count else { throw malformed("expected 6 tab-separated fields") }
            let isHistorical = equals(fields[5], "historical")
            let isZone = equals(fields[5], "zone")
            guard isHistorical || isZone || equals(fields[5], "current") else {
                throw malformed("bad status \(text(fields[5]))")
            }
            let code = text(fields[0])
            // Six ASCII bytes are six characters; `Int` then accepts what the `String` check always accepted.
            guard fields[0].count == codeLength, fields[0].allSatisfy({ bytes[$0] < 0x80 }), Int(code) != nil else {
                throw malformed("bad code \(code)")
            }
            guard let level = AdminLevel(rawValue: text(fields[1])), level != .national else {
                throw malformed("bad level \(text(fields[1]))")
            }
            guard !fields[3].isEmpty else { throw malformed("empty name") }
            rows.append(Division(code: code, name: text(fields[3]), shortName: fields[4].isEmpty ? nil : text(fields[4]),
                                 level: level, parentCode: fields[2].isEmpty ? nil : text(fields[2]),
                                 isHistorical: isHistorical, isZone: isZone))
            nameSpans.append(fields[3])
            shortSpans.append(fields[4])
        }
        guard sawHeader, !rows.isEmpty else {
            throw RuleFileError.malformed(file: file, key: "(file)", reason: "no header or no rows")
        }
        // The bundled file is in code order already; checking costs one pass, sorting would cost many compares.
        if !zip(rows, rows.dropFirst()).allSatisfy({ $0.code < $1.code }) {
            let order = rows.indices.sorted { rows[$0].code < rows[$1].code }
            rows = order.map { rows[$0] }
            nameSpans = order.map { nameSpans[$0] }
            shortSpans = order.map { shortSpans[$0] }
        }
        var byCode: [String: Int] = [:]
        byCode.reserveCapacity(rows.count)
        for (i, d) in rows.enumerated() where byCode.updateValue(i, forKey: d.code) != nil {
            throw RuleFileError.malformed(file: file, key: "code \(d.code)", reason: "duplicate code")
        }
        var parents: [Int?] = []
        parents.reserveCapacity(rows.count)
        for d in rows {
            if let p = d.parentCode {
                guard let pi = byCode[p] else {
                    throw RuleFileError.malformed(file: file, key: "code \(d.code)", reason: "unknown parent \(p)")
                }
                parents.append(pi)
            } else {
                parents.append(nil)
            }
        }
        /// Runs of row indexes with byte-equal spans, the runs in the spans' byte order and each run in row order.
        func groups(_ spans: [Range<Int>]) -> [[Int]] {
            func compare(_ a: Range<Int>, _ b: Range<Int>) -> Int32 {
                let c = memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, min(a.count, b.count))
                return c != 0 ? c : Int32(a.count - b.count)
            }
            // The first eight bytes, big-endian and zero-padded, order most pairs without touching the bytes again.
            func prefix(_ span: Range<Int>) -> UInt64 {
                var key: UInt64 = 0
                for k in 0..<prefixBytes { key = key << 8 | UInt64(k < span.count ? bytes[span.lowerBound + k] : 0) }
                return key
            }
            let keyed = spans.indices.filter { !spans[$0].isEmpty }.map { (prefix: prefix(spans[$0]), index: $0) }
            let order = keyed.sorted {
                if $0.prefix != $1.prefix { return $0.prefix < $1.prefix }
                let c = compare(spans[$0.index], spans[$1.index])
                return c != 0 ? c < 0 : $0.index < $1.index
            }.map(\.index)
            var runs: [[Int]] = []
            for i in order {
                if let last = runs.last?.last, compare(spans[last], spans[i]) == 0 {
                    runs[runs.count - 1].append(i)
                } else {
                    runs.append([i])
                }
            }
            return runs
        }
        // A name still in use never denotes an abolished division as well (城区 and the like), unless the name
        // chain asks for it: the abolished rows of such a name are kept aside (`older`, same payload id), for
        // `莱芜市钢城区` (371203, before 2019) beside today's 钢城区 of 济南市 (370117).
        let nameRuns = groups(nameSpans)
        let candidates = nameRuns.map { run in
            run.contains { !rows[$0].isHistorical } ? run.filter { !rows[$0].isHistorical } : run
        }
        let older = nameRuns.map { run in
            run.contains { !rows[$0].isHistorical } ? run.filter { rows[$0].isHistorical } : []
        }
        // Byte order of the names fixes the payload ids (internal only) without String's Unicode-aware comparison.
        // Names that differ in bytes but are canonically equivalent are one `String` key: their rows merge.
        let byName = Dictionary(candidates.map { (rows[$0[0]].name, $0) }) { ($0 + $1).sorted() }
        let byShort = Dictionary(groups(shortSpans).map { (rows[$0[0]].shortName!, $0) }) { ($0 + $1).sorted() }
        let trie = ScalarTrie(entries: candidates.enumerated().map { (rows[$0.element[0]].name, $0.offset) })
        return (rows, byCode, parents, byName, byShort, candidates, older, trie)
    }

    /// Bytes per TSV row, roughly, for reserving the row array.
    private static let averageRowBytes = 32
    /// Bytes of a name that `groups` packs into one integer sort key.
    private static let prefixBytes = 8
    /// Characters in a division code.
    private static let codeLength = 6

    /// Loaded once per process from the resource bundle.
    private static let cached: Result<DivisionTable, RuleFileError> = {
        do {
            let data = try BundledRuleFile.data(name: "divisions", ext: "tsv")
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(.malformed(file: fileName, key: "(file)", reason: "not UTF-8"))
            }
            return .success(try DivisionTable(tsv: text))
        } catch let error as RuleFileError {
            return .failure(error)
        } catch {
            return .failure(.malformed(file: fileName, key: "(file)", reason: "\(error)"))
        }
    }()

    /// The table shipped in `Resources/rules/divisions.tsv`, parsed on first use and shared afterwards.
    public static func bundled() throws -> DivisionTable {
        try cached.get()
    }

    /// Number of divisions.
    public var count: Int { divisions.count }

    /// The division with this six-digit code.
    public func division(code: String) -> Division? {
        indexByCode[code].map { divisions[$0] }
    }

    /// Row index of a code.
    func index(ofCode code: String) -> Int? { indexByCode[code] }

    /// Every division with this full name.
    public func divisions(named name: String) -> [Division] {
        (indexesByName[name] ?? []).map { divisions[$0] }
    }

    /// Row indexes of divisions with this full name.
    func indexes(named name: String) -> [Int] { indexesByName[name] ?? [] }

    /// Row indexes of divisions with this short name (`黔江`).
    func indexes(shortName: String) -> [Int] { indexesByShortName[shortName] ?? [] }

    /// Parent row index.
    func parent(of index: Int) -> Int? { parentIndex[index] }

    /// The row and all its ancestors, innermost first.
    func chain(of index: Int) -> [Int] {
        var out = [index]
        var cur = index
        while let p = parentIndex[cur] {
            out.append(p)
            cur = p
        }
        return out
    }

    /// Whether `ancestor` is `index` or one of its ancestors.
    func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        chain(of: index).contains(ancestor)
    }

    /// Whether the row is a province-level municipality (北京市, 重庆市…), which also acts as the prefecture.
    func isMunicipality(_ index: Int) -> Bool {
        let d = divisions[index]
        return d.level == .province && d.name.hasSuffix("市")
    }

    /// Longest full division name at `i`: its length and candidate row indexes.
    func longestName(in a: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, candidates: [Int])? {
        guard let hit = trie.longestMatch(in: a, at: i, end: end) else { return nil }
        return (hit.end - i, nameCandidates[hit.payload])
    }

    /// Longest province or prefecture short name at `i` (`南京` in `南京鼓楼区`): its length and candidate rows.
    /// `alsoCounty` tells that a county bears the same short name.
    func longestShortName(in a: [Unicode.Scalar], at i: Int, end: Int)
        -> (length: Int, candidates: [Int], alsoCounty: Bool)? {
        guard let hit = shortTrie.longestMatch(in: a, at: i, end: end) else { return nil }
        return (hit.end - i, shortCandidates[hit.payload], shortAlsoCounty[hit.payload])
    }

    /// The same with the abolished rows that share the name with current ones (empty for most names).
    func longestNameWithOlder(in a: [Unicode.Scalar], at i: Int, end: Int)
        -> (length: Int, candidates: [Int], older: [Int])? {
        guard let hit = trie.longestMatch(in: a, at: i, end: end) else { return nil }
        return (hit.end - i, nameCandidates[hit.payload], olderCandidates[hit.payload])
    }
}
