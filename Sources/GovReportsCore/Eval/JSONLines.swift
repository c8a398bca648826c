import Foundation

/// Reads JSON Lines files into typed records.
enum JSONLines {
    /// Decodes every non-empty line of a file; a missing file gives an empty list.
    static func read<T: Decodable>(_ type: T.Type, from url: URL) throws -> [T] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.enumerated().map { i, line in
            do { return try decoder.decode(T.self, from: Data(line.utf8)) } catch {
                throw EvalError.badGold(path: url.path, line: i + 1, reason: "\(error)")
            }
        }
    }
}
