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
    /// Full names for scanning text.
    private let trie: ScalarTrie

    /// The resource file name.
    public static let fileName = "divisions.tsv"

    /// Parses the TSV (`code level parent name short status`, `#` comments, one header line); `file` names it in errors.
    public init(tsv: String, file: String = DivisionTable.fileName) throws {
        var rows: [Division] = []
        var sawHeader = false
        var lineNumber = 0
        // Split as UTF-8 bytes: splitting by `Character` (grapheme breaking over 3,500 lines) was most of the
        // process start-up, which a no-op re-run pays in full.
        for rawLine in tsv.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == 0x23 { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
            if !sawHeader {
                guard fields == ["code", "level", "parent", "name", "short", "status"] else {
                    throw RuleFileError.malformed(file: file, key: "line \(lineNumber)",
                                                  reason: "expected header code/level/parent/name/short/status")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 6 else {
                throw RuleFileError.malformed(file: file, key: "line \(lineNumber)", reason: "expected 6 tab-separated fields")
            }
            guard fields[5] == "current" || fields[5] == "historical" else {
                throw RuleFileError.malformed(file: file, key: "line \(lineNumber)", reason: "bad status \(fields[5])")
            }
            guard fields[0].count == 6, fields[0].allSatisfy(\.isASCII), Int(fields[0]) != nil else {
                throw RuleFileError.malformed(file: file, key: "line \(lineNumber)", reason: "bad code \(fields[0])")
            }
            guard let level = AdminLevel(rawValue: fields[1]), level != .national else {
                throw RuleFileError.malformed(file: file, key: "line \(lineNumber)", reason: "bad level \(fields[1])")
            }
            guard !fields[3].isEmpty else {
                throw RuleFileError.malformed(file: file, key: "line \(lineNumber)", reason: "empty name")
            }
            rows.append(Division(code: fields[0], name: fields[3], shortName: fields[4].isEmpty ? nil : fields[4],
                                 level: level, parentCode: fields[2].isEmpty ? nil : fields[2],
                                 isHistorical: fields[5] == "historical"))
        }
        guard sawHeader, !rows.isEmpty else {
            throw RuleFileError.malformed(file: file, key: "(file)", reason: "no header or no rows")
        }
        rows.sort { $0.code < $1.code }
        var byCode: [String: Int] = [:]
        for (i, d) in rows.enumerated() {
            if byCode[d.code] != nil {
                throw RuleFileError.malformed(file: file, key: "code \(d.code)", reason: "duplicate code")
            }
            byCode[d.code] = i
        }
        var parents: [Int?] = []
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
        var byName: [String: [Int]] = [:]
        var byShort: [String: [Int]] = [:]
        for (i, d) in rows.enumerated() {
            byName[d.name, default: []].append(i)
            if let s = d.shortName { byShort[s, default: []].append(i) }
        }
        // A name still in use never denotes an abolished division as well (城区 and the like).
        for (name, indexes) in byName where indexes.contains(where: { !rows[$0].isHistorical }) {
            byName[name] = indexes.filter { !rows[$0].isHistorical }
        }
        var names: [(word: String, payload: Int)] = []
        var candidates: [[Int]] = []
        // Byte order fixes the payload ids (internal only) without String's Unicode-aware comparison.
        for (name, indexes) in byName.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            names.append((name, candidates.count))
            candidates.append(indexes)
        }
        let trie = ScalarTrie(entries: names)
        divisions = rows
        indexByCode = byCode
        parentIndex = parents
        indexesByName = byName
        indexesByShortName = byShort
        nameCandidates = candidates
        self.trie = trie
    }

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
}
