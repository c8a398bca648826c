import Foundation

/// Runs a command-line converter (pdftotext, mutool, antiword, catdoc) on an attachment held in a temporary file
/// and returns what it printed; the tool is looked up on `PATH`, and killed when it outlives its time budget.
struct ExternalTool: Sendable {
    /// The program's name (looked up on `PATH`).
    let name: String

    /// Why a tool run gave nothing.
    enum Failure: Error, Equatable {
        /// The program is not installed.
        case missing
        /// It exited with a non-zero status (its standard error's start says why).
        case failed(status: Int32, message: String)
        /// It ran past its time budget and was killed.
        case timedOut
    }

    /// How much of a failing tool's standard error a message quotes.
    static let stderrQuote = 300

    /// The program's absolute path, or nil when it is not on `PATH`.
    var path: String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for dir in dirs {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether the program is installed.
    var isAvailable: Bool { path != nil }

    /// Runs the program with `arguments` (where `"{}"` stands for the input file), the input written to a private
    /// temporary file first (`suffix` is its extension); returns its standard output.
    func run(_ arguments: [String], input: [UInt8], suffix: String, seconds: Double) throws(Failure) -> [UInt8] {
        guard let program = path else { throw .missing }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("govreports-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch { throw .failed(status: -1, message: "cannot create a temporary folder: \(error)") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.\(suffix)")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(input)) else {
            throw .failed(status: -1, message: "cannot write the temporary input file")
        }
        let errFile = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments.map { $0 == "{}" ? file.path : $0 }
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: errFile.path)
        do { try process.run() } catch { throw .failed(status: -1, message: "cannot start \(name): \(error)") }
        // A watchdog ends a tool stuck on a hostile file; reading stdout to its end first avoids a full-pipe deadlock.
        let killed = LockedFlag()
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem {
            killed.set()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        if killed.value { throw .timedOut }
        guard process.terminationStatus == 0 else {
            let err = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
            throw .failed(status: process.terminationStatus,
                          message: String(err.trimmingCharacters(in: .whitespacesAndNewlines).prefix(ExternalTool.stderrQuote)))
        }
        return [UInt8](data)
    }
}
