/// Why an extract artifact could not be read: the byte offset of the first problem and what was wrong there.
public struct ExtractRecordReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the artifact.
    public var offset: Int
    /// What was expected or found.
    public var reason: String

    /// Message for logs and the run report.
    public var description: String { "malformed extract record at byte \(offset): \(reason)" }
}
