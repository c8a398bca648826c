import Foundation

/// Writes lines to stdout/stderr without buffering surprises.
enum FileHandleOutput {
    /// Writes a line to stderr.
    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes a line to stdout.
    static func stdout(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
