import Foundation
import NIOSSL
@testable import GovReportsCore

/// A loopback HTTPS site for the tests: a CA made now, a TLS server whose certificate it signed (or whatever
/// `context` makes from it), and a folder holding the CA as `site-ca.pem` (what `fetch.caFile` names). `close()`
/// stops the server and removes the folder.
struct HTTPSTestSite {
    /// The test CA.
    let ca: TestCertificateAuthority
    /// The TLS server on 127.0.0.1.
    let server: TestHTTPServer
    /// A config folder holding `site-ca.pem`.
    let folder: URL

    /// Starts a site serving `route`; `context` makes its TLS context from the CA (default: a valid certificate for
    /// 127.0.0.1).
    init(route: @escaping TestHTTPServer.Route,
         context: (TestCertificateAuthority) throws -> NIOSSLContext = { try $0.serverContext() }) throws {
        ca = try TestCertificateAuthority()
        server = try TestHTTPServer(tls: try context(ca), route: route)
        folder = FetchFixtures.temporaryDirectory()
        try Data(try ca.pem().utf8).write(to: folder.appendingPathComponent("site-ca.pem"))
    }

    /// The URL of `path` on the server.
    func url(_ path: String) -> String { server.url(path) }

    /// Stops the server and removes the folder.
    func close() {
        server.shutdown()
        try? FileManager.default.removeItem(at: folder)
    }
}
