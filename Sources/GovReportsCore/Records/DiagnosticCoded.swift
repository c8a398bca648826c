/// An error that knows the stable diagnostic code of the failure it causes (see `DiagnosticCode.failure(of:)`).
public protocol DiagnosticCoded: Error {
    /// The code a document failing with this error is recorded under.
    var diagnosticCode: DiagnosticCode { get }
}

/// The code of any failure.
extension DiagnosticCode {
    /// The code of a document failure: the error's own when it has one, else `stage-failed`.
    public static func failure(of error: any Error) -> DiagnosticCode {
        (error as? any DiagnosticCoded)?.diagnosticCode ?? .stageFailed
    }
}

/// Clean's refusals.
extension CleanError: DiagnosticCoded {
    /// One code per reason clean refuses a document.
    public var diagnosticCode: DiagnosticCode {
        switch self {
        case .empty: return .inputEmpty
        case .binary: return .inputBinary
        case .noContent: return .noContent
        case .bodyEmbedded: return .bodyEmbedded
        case .tooLarge: return .inputTooLarge
        case .parserHalted: return .parserStopped
        case .timedOut: return .documentTimeout
        case .unsupportedFormat: return .unsupportedFormat
        case .attachmentUnreadable: return .attachmentUnreadable
        case .readerMissing: return .attachmentReaderMissing
        case .noTextLayer: return .pdfNoText
        }
    }
}

/// Download failures.
extension FetchError: DiagnosticCoded {
    /// Every download failure is `fetch-failed`; the message says which.
    public var diagnosticCode: DiagnosticCode { .fetchFailed }
}

/// Per-document failures.
extension DocumentError: DiagnosticCoded {
    /// The code of each kind of document failure.
    public var diagnosticCode: DiagnosticCode {
        switch self {
        case .missingInput: return .inputMissing
        case .unreadable: return .sourceUnreadable
        case .unsupported: return .sourceUnsupported
        case .failed(_, _, _, _, let code): return code
        }
    }
}
