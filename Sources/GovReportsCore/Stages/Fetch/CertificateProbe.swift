import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// After a refused chain, looks at the certificate the server presents (over a second handshake that trusts
/// nothing and sends no request) to say whether it is expired or not yet valid: the verifier reports only
/// "verify failed", and an expired certificate is the commonest fault on government sites.
enum CertificateProbe {
    /// What a certificate's validity window says at `now`, or nil when it is current.
    static func validityProblem(_ leaf: NIOSSLCertificate, now: Date = Date()) -> String? {
        let notBefore = Date(timeIntervalSince1970: TimeInterval(leaf.notValidBefore))
        let notAfter = Date(timeIntervalSince1970: TimeInterval(leaf.notValidAfter))
        if now > notAfter {
            return "expired on \(day(notAfter)) (valid \(day(notBefore)) to \(day(notAfter)), UTC); the site must renew it"
        }
        if now < notBefore {
            return "not valid before \(day(notBefore)) UTC (if that has passed, check this machine's clock)"
        }
        return nil
    }

    /// The leaf certificate the server presents, or nil on any failure or after `timeout` seconds.
    static func leafCertificate(host: String, port: Int, timeout: Double) -> NIOSSLCertificate? {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none  // only to read the certificate; no request is sent on this connection
        guard let context = try? NIOSSLContext(configuration: tls) else { return nil }
        let group = MultiThreadedEventLoopGroup.singleton
        let loop = group.next()
        let promise = loop.makePromise(of: NIOSSLCertificate?.self)
        let sniName = host.contains(":") || host.allSatisfy({ $0.isNumber || $0 == "." }) ? nil : host
        let limit = TimeAmount.nanoseconds(Int64(max(0.1, timeout) * 1_000_000_000))
        let connecting = ClientBootstrap(group: loop)
            .connectTimeout(limit)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: sniName))
                    try channel.pipeline.syncOperations.addHandler(PeerCertificateCatcher(promise: promise))
                }
            }
            .connect(host: host, port: port)
        connecting.whenFailure { promise.fail($0) }
        let deadline = loop.scheduleTask(in: limit) { promise.fail(ChannelError.connectTimeout(limit)) }
        defer {
            deadline.cancel()
            connecting.whenSuccess { $0.close(promise: nil) }
        }
        return (try? promise.futureResult.wait()) ?? nil
    }

    /// A date as `YYYY-MM-DD` in UTC.
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
