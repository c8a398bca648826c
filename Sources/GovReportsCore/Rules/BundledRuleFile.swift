import Foundation

/// Reads the data files shipped under `Resources/rules` and decodes them with typed errors.
enum BundledRuleFile {
    /// SHA-256 over every shipped rule file (each name and its bytes, in name order), read once per process. It is
    /// part of the fingerprint of every stage that reads them, so a build that ships changed rules redoes stored
    /// work instead of leaving results made under the old rules looking fresh.
    static let digest: String = {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("rules") else { return "rules-missing" }
        return digest(of: folder)
    }()

    /// SHA-256 over the files of `folder` (each name, its length and its bytes, in name order); "rules-missing" when
    /// the folder cannot be listed (loading the rules then fails with a `RuleFileError` anyway).
    static func digest(of folder: URL) -> String {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return "rules-missing" }
        var all = Data()
        for name in names.sorted() {
            let bytes = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
            all.append(contentsOf: Array("\(name)\u{0}\(bytes.count)\u{0}".utf8))
            all.append(bytes)
        }
        return Digest.sha256(all)
    }

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
