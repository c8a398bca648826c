/// Raised while decoding when an object holds a key the schema does not define.
struct UnknownConfigKey: Error {
    /// Dotted path of the offending key.
    var keyPath: String
    /// The keys allowed in that object.
    var allowed: [String]
}

/// Strict decoding support for the config types.
extension Decoder {
    /// Throws `UnknownConfigKey` when the current JSON object holds a key outside `Keys`.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        let allowed = Set(Keys.allCases.map(\.stringValue))
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw UnknownConfigKey(keyPath: PipelineConfig.renderPath(codingPath + [key]), allowed: allowed.sorted())
        }
    }
}
