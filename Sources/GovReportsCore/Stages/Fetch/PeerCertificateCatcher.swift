import NIOCore
import NIOSSL
import NIOTLS

/// Channel handler of `CertificateProbe`: hands on the server's leaf certificate once the (unverified) handshake
/// is done, or the error that ended it.
final class PeerCertificateCatcher: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: used only on its channel's event loop.
    /// Bytes after the handshake are not read.
    typealias InboundIn = ByteBuffer

    /// Completed with the leaf certificate (nil when the server sent none) or failed.
    let promise: EventLoopPromise<NIOSSLCertificate?>

    /// Creates a catcher completing `promise`.
    init(promise: EventLoopPromise<NIOSSLCertificate?>) {
        self.promise = promise
    }

    /// The handshake finished: read the certificate from the TLS handler, then hang up.
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event {
            promise.succeed(try? context.pipeline.syncOperations.nioSSL_peerCertificate())
            context.close(promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// The handshake failed.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise.fail(error)
        context.close(promise: nil)
    }

    /// The connection closed before the handshake finished (a completed promise ignores this).
    func channelInactive(context: ChannelHandlerContext) {
        promise.fail(ChannelError.eof)
        context.fireChannelInactive()
    }
}
