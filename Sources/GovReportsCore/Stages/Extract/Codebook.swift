import Foundation

/// The codebook: indicators researchers compare across reports (loaded from JSON).
public struct Codebook: Codable, Sendable {
    /// Indicators in column order.
    public var indicators: [Indicator]

    /// Loads a user codebook (path relative to the config folder) or the bundled one.
    public static func load(_ path: String?, baseDirectory: URL) throws -> Codebook {
        let url: URL
        if let path {
            url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
        } else {
            guard let bundled = Bundle.module.url(forResource: "codebook", withExtension: "json", subdirectory: "rules") else {
                return Codebook(indicators: [])
            }
            url = bundled
        }
        do {
            return try JSONDecoder().decode(Codebook.self, from: Data(contentsOf: url))
        } catch {
            throw CodebookError.unreadable(path: url.path, reason: "\(error)")
        }
    }
}
