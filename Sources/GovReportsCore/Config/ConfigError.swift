/// A configuration problem, naming the file and the key path so the user can fix it.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    /// The config file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid JSON.
    case malformed(path: String, reason: String)
    /// A key that the schema does not know.
    case unknownKey(path: String, keyPath: String, allowed: [String])
    /// A value of the wrong type or outside its range.
    case invalidValue(path: String, keyPath: String, reason: String)
    /// The file's `version` is newer than this program understands.
    case unsupportedVersion(path: String, version: Int)

    /// A one-line diagnostic that names the file and key path and says what to do.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read configuration (\(reason))"
        case .malformed(let path, let reason):
            return "\(path): not valid JSON (\(reason))"
        case .unknownKey(let path, let keyPath, let allowed):
            return "\(path): unknown key '\(keyPath)'; allowed here: \(allowed.joined(separator: ", "))"
        case .invalidValue(let path, let keyPath, let reason):
            return "\(path): invalid value at '\(keyPath)': \(reason)"
        case .unsupportedVersion(let path, let version):
            return "\(path): config version \(version) is newer than this program supports (\(PipelineConfig.currentVersion))"
        }
    }
}
