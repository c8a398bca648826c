import NIOSSL

/// Tells certificate refusals apart from other transport errors and says them in words an operator can act on.
enum TLSFailure {
    /// The reason name BoringSSL gives a failed chain check (untrusted issuer, expired, not yet valid, incomplete chain).
    /// BoringSSL exposes only this text, not the verify result, so the message names every likely cause.
    static let verifyFailedReason = "CERTIFICATE_VERIFY_FAILED"

    /// What an operator can do about a refused chain.
    static let chainAdvice = "not trusted: expired or not yet valid, self-signed, issued by a CA that is neither the"
        + " system's nor in fetch.caFile, or the server sends an incomplete chain (common on government sites:"
        + " put the site's CA or intermediate in fetch.caFile)"

    /// The words for a certificate refusal, or nil when `error` is not one.
    static func reason(of error: any Error, host: String) -> String? {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return "issued for another host name than \(host) (wrong host or a shared-hosting certificate)"
        }
        if let ssl = error as? NIOSSLError, case .handshakeFailed(let boring) = ssl,
           case .sslError(let stack) = boring, stack.contains(where: { "\($0)".contains(verifyFailedReason) }) {
            return chainAdvice
        }
        return nil
    }
}
