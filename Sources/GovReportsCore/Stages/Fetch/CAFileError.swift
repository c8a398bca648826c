/// Why `fetch.caFile` cannot be used, naming the resolved path.
public struct CAFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, resolved against the config folder.
    public let path: String
    /// What is wrong with it, in words ("No such file or directory", "no PEM certificate in it").
    public let reason: String

    /// "PATH: REASON".
    public var description: String { "\(path): \(reason)" }
}
