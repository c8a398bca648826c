import Foundation
import NIOCore
import NIOHTTP1

/// Per-connection handler of the test server: records each request and plays the route's reply.
final class TestServerHandler: ChannelInboundHandler {
    /// Parsed request parts from NIO's HTTP decoder.
    typealias InboundIn = HTTPServerRequestPart
    /// Response parts for NIO's HTTP encoder.
    typealias OutboundOut = HTTPServerResponsePart

    /// The server that owns the routes and the request log.
    let server: TestHTTPServer
    /// Head of the request being read.
    private var head: HTTPRequestHead?

    /// Creates a handler for one connection.
    init(server: TestHTTPServer) {
        self.server = server
    }

    /// Records the request when complete and answers it.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
        case .body:
            break
        case .end:
            guard let requestHead = head else { return }
            head = nil
            var headers: [String: String] = [:]
            for (name, value) in requestHead.headers { headers[name.lowercased()] = value }
            let request = TestRequest(method: "\(requestHead.method)", path: requestHead.uri, headers: headers,
                                      arrivedAt: Date())
            let count = server.record(request)
            play(server.route(request, count), path: requestHead.uri, context: context)
        }
    }

    /// Writes one reply (possibly delayed or streamed).
    private func play(_ reply: TestReply, path: String, context: ChannelHandlerContext) {
        switch reply {
        case .respond(let status, let headers, let body):
            var h = HTTPHeaders(headers.map { ($0.key, $0.value) })
            if !h.contains(name: "content-length") { h.add(name: "content-length", value: String(body.count)) }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status),
                                                                  headers: h))), promise: nil)
            if !body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        case .delayed(let seconds, let inner):
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
                self.play(inner, path: path, context: context)
            }
        case .stream(let size, let count):
            let h = HTTPHeaders([("content-type", "text/html; charset=utf-8")])
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: h))), promise: nil)
            writeChunk(remaining: count, size: size, path: path, context: context)
        }
    }

    /// Writes the next chunk once the previous one was accepted; a failed write means the client hung up.
    private func writeChunk(remaining: Int, size: Int, path: String, context: ChannelHandlerContext) {
        guard remaining > 0 else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            server.markStreamed(path, completed: true)
            return
        }
        let chunk = context.channel.allocator.buffer(repeating: UInt8(ascii: "x"), count: size)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk)))).assumeIsolated().whenComplete { result in
            switch result {
            case .success: self.writeChunk(remaining: remaining - 1, size: size, path: path, context: context)
            case .failure: self.server.markStreamed(path, completed: false)
            }
        }
    }

    /// A connection closed mid-stream is an abort too.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
