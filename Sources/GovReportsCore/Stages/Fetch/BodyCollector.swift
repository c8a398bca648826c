import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// Streams a response body into memory and aborts the transfer as soon as it passes the size cap.
final class BodyCollector: HTTPClientResponseDelegate {
    /// What the delegate hands back when the response is complete.
    typealias Response = FetchedResponse

    /// The URL requested, for the error message.
    let url: String
    /// Largest body accepted, in bytes (after decompression).
    let maxBytes: Int
    /// Head and body received so far; AHC calls the delegate serially, the lock makes that provable to the compiler.
    private let state = NIOLockedValueBox<(head: HTTPResponseHead?, body: ByteBuffer)>((nil, ByteBuffer()))

    /// Creates a collector for one request.
    init(url: String, maxBytes: Int) {
        self.url = url
        self.maxBytes = maxBytes
    }

    /// Refuses up front a body whose declared length is already over the cap.
    func didReceiveHead(task: HTTPClient.Task<FetchedResponse>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        if let declared = head.headers.first(name: "content-length").flatMap(Int.init), declared > maxBytes,
           head.headers.first(name: "content-encoding") == nil {
            return task.eventLoop.makeFailedFuture(FetchError.tooLarge(url: url, limit: maxBytes))
        }
        state.withLockedValue { $0.head = head }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    /// Appends a chunk; failing the future makes AHC close the connection, so the rest is never downloaded.
    func didReceiveBodyPart(task: HTTPClient.Task<FetchedResponse>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        let over = state.withLockedValue { state -> Bool in
            if state.body.readableBytes + buffer.readableBytes > maxBytes { return true }
            var chunk = buffer
            state.body.writeBuffer(&chunk)
            return false
        }
        if over { return task.eventLoop.makeFailedFuture(FetchError.tooLarge(url: url, limit: maxBytes)) }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    /// Builds the response once the body is complete.
    func didFinishRequest(task: HTTPClient.Task<FetchedResponse>) throws -> FetchedResponse {
        try state.withLockedValue { state in
            guard let head = state.head else { throw FetchError.network(url: url, reason: "response without a head") }
            let headers = head.headers.map { (name: $0.name.lowercased(), value: $0.value) }
            return FetchedResponse(status: Int(head.status.code), finalURL: url, headers: headers,
                                   body: Data(state.body.readableBytesView))
        }
    }
}
