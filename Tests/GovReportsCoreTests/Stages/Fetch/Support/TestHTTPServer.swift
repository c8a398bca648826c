import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) for fetch tests; logs every request it sees.
final class TestHTTPServer: Sendable {
    /// Decides the reply from the request and how many times its path has been asked for (1-based).
    typealias Route = @Sendable (TestRequest, Int) -> TestReply

    /// The server's event loops.
    private let group: MultiThreadedEventLoopGroup
    /// The listening channel.
    private let channel: any Channel
    /// The port the kernel chose.
    let port: Int
    /// The route table.
    let route: Route
    /// "https" when the server speaks TLS, else "http".
    let scheme: String
    /// Requests in arrival order.
    private let log = NIOLockedValueBox<[TestRequest]>([])
    /// Streamed paths and whether the stream finished (false: the client aborted it).
    private let streams = NIOLockedValueBox<[String: Bool]>([:])

    /// Starts listening; with `tls`, every connection is HTTPS with that context's certificate.
    init(tls: NIOSSLContext? = nil, route: @escaping Route) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.group = group
        self.route = route
        self.scheme = tls == nil ? "http" : "https"
        // The handler needs the server, which exists only after init; a box breaks the cycle.
        let box = NIOLockedValueBox<TestHTTPServer?>(nil)
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    guard let server = box.withLockedValue({ $0 }) else { throw ChannelError.ioOnClosedChannel }
                    if let tls { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(TestServerHandler(server: server))
                }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
        box.withLockedValue { $0 = self }
    }

    /// Absolute URL of a path on this server.
    func url(_ path: String) -> String { "\(scheme)://127.0.0.1:\(port)\(path)" }

    /// Records a request; returns how many times its path has now been asked for.
    func record(_ request: TestRequest) -> Int {
        log.withLockedValue { log in
            log.append(request)
            return log.filter { $0.path == request.path }.count
        }
    }

    /// Notes how a stream ended.
    func markStreamed(_ path: String, completed: Bool) {
        streams.withLockedValue { $0[path] = completed }
    }

    /// Every request seen so far.
    var requests: [TestRequest] { log.withLockedValue { $0 } }

    /// Requests for one path.
    func requests(_ path: String) -> [TestRequest] { requests.filter { $0.path == path } }

    /// Whether the stream for `path` completed (nil while still running).
    func streamCompleted(_ path: String) -> Bool? { streams.withLockedValue { $0[path] } }

    /// Stops the server.
    func shutdown() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}
