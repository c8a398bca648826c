import Foundation

/// Reads the data files shipped under `Resources/rules` and decodes them with typed errors.
enum BundledRuleFile {
    /// Raw bytes of `rules/<name>.<ext>`.
    static func data(name: String, ext: String) throws -> Data {
        let file = "\(name).\(ext)"
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "rules") else {
            throw RuleFileError.missing(file: file)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw RuleFileError.malformed(file: file, key: "(file)", reason: "unreadable: \(error)")
        }
    }

    /// Decodes `rules/<name>.json` into `type`, mapping decoding failures to the key path at fault.
    static func json<T: Decodable>(_ type: T.Type, name: String) throws -> T {
        try decode(type, from: data(name: name, ext: "json"), file: "\(name).json")
    }

    /// Decodes JSON bytes, reporting the failing coding path as the key.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw RuleFileError.malformed(file: file, key: keyPath(of: error), reason: "\(reasonText(of: error))")
        } catch {
            throw RuleFileError.malformed(file: file, key: "(root)", reason: "\(error)")
        }
    }

    /// Dotted coding path of a decoding error.
    private static func keyPath(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c): return KeyPathText.render(c.codingPath + [key])
        @unknown default: return KeyPathText.render([])
        }
        return KeyPathText.render(context.codingPath)
    }

    /// Short description of a decoding error.
    private static func reasonText(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): return c.debugDescription
        case .keyNotFound(let key, _): return "required key \(key.stringValue) not found"
        @unknown default: return "\(error)"
        }
    }
}
