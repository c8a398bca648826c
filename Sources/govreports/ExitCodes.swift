import ArgumentParser
import GovReportsCore

/// Maps core errors to sysexits codes; the only place errors become exit codes.
enum ExitCodes {
    /// Some documents failed; datasets were written for the rest.
    static let dataError: Int32 = 65
    /// Usage or configuration error.
    static let usage: Int32 = 64
    /// The output or state storage failed (EX_IOERR): disk full, quota, read-only, I/O error, file too large.
    static let ioError: Int32 = 74
    /// Another run holds the lock.
    static let tempFail: Int32 = 75
    /// Quality gate below its floor.
    static let gateFailed: Int32 = 1

    /// Prints the diagnostic and returns the exit code for an error thrown by the core.
    static func fail(_ error: any Error) -> ExitCode {
        let message = String(describing: error)
        FileHandleOutput.stderr("govreports: error: \(message)")
        switch error {
        case is ConfigError, is SourceError, is CodebookError, is TrustError: return ExitCode(usage)
        case PipelineError.locked: return ExitCode(tempFail)
        case ReportError.nothingToReport: return ExitCode(usage)
        case is RunFault: return ExitCode(ioError)
        case StreamError.inputUnreadable, StreamError.outputUnwritable: return ExitCode(ioError)
        case is StreamError: return ExitCode(usage)
        default: return ExitCode.failure
        }
    }
}
