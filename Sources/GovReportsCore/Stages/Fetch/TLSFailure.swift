import NIOSSL

/// Tells certificate refusals apart from other transport errors and says them in words an operator can act on.
enum TLSFailure {
    /// The reason name BoringSSL gives a failed chain check (untrusted issuer, expired, not yet valid, incomplete chain).
    /// BoringSSL exposes only this text, not the verify result, so the message names every likely cause.
    static let verifyFailedReason = "CERTIFICATE_VERIFY_FAILED"

    /// What an operator can do about a refused chain whose dates could not be read.
    static func chainAdvice(_ cause: String) -> String {
        "not trusted: \(cause), issued by a CA that is neither the system's nor in fetch.caFile, or the server sends"
            + " an incomplete chain (common on government sites: put the site's CA or intermediate in fetch.caFile)"
    }

    /// The words for a certificate refusal, or nil when `error` is not one. A refused chain is probed once more
    /// (`CertificateProbe`, within `timeout` seconds) to tell an expired or not-yet-valid certificate apart.
    static func reason(of error: any Error, host: String, port: Int, timeout: Double) -> String? {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return "issued for another host name than \(host) (wrong host or a shared-hosting certificate)"
        }
        guard let ssl = error as? NIOSSLError, case .handshakeFailed(let boring) = ssl,
              case .sslError(let stack) = boring, stack.contains(where: { "\($0)".contains(verifyFailedReason) }) else {
            return nil
        }
        let leaf = CertificateProbe.leafCertificate(host: host, port: port, timeout: timeout)
        if let leaf, let dated = CertificateProbe.validityProblem(leaf) { return dated }
        // Dates current (or unread): the issuer is the problem.
        return chainAdvice(leaf == nil ? "expired or not yet valid, self-signed" : "self-signed")
    }
}
