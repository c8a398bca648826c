import Foundation
import Logging
import Testing
@testable import GovReportsCore

/// HTTPS against a real TLS server on 127.0.0.1 whose CA and certificates are made at test time (issue 20):
/// trusted through `fetch.caFile`, refused with one readable line naming the URL when untrusted, expired or for
/// another host, and an unusable `fetch.caFile` named with its reason (a run stops on it once, before fetching).
/// The site (CA, server, CA folder) is `HTTPSTestSite`.
@Suite(.serialized) struct HTTPSFetchTests {
    /// The page every server serves.
    static let page = "<html><body><h1>某市2023年法治政府建设年度报告</h1><p>全年办理行政许可120件。</p></body></html>"

    /// Routes: the report page; everything else (robots.txt too) 404.
    static func route(_ request: TestRequest, _ count: Int) -> TestReply {
        request.path == "/report.html" ? .html(page) : .status(404)
    }

    /// Test settings with a short connect timeout: a refused handshake is reported once the client gives up.
    static func config(caFile: String? = nil, robots: Bool = false) -> FetchConfig {
        var config = FetchFixtures.config(retries: 1)
        config.connectTimeout = 1
        config.respectRobots = robots
        config.caFile = caFile
        return config
    }

    /// A message a user sees must be one line naming the URL, with no library error dump in it.
    static func expectReadable(_ message: String, url: String) {
        #expect(message.hasPrefix(url), "\(message)")
        #expect(!message.contains("\n"))
        for dump in ["NIOSSL", "BoringSSL", "Code=", "NSCocoaErrorDomain", "error:1"] {
            #expect(!message.contains(dump), "\(message)")
        }
    }

    /// With the site CA in `fetch.caFile` (relative to the config folder) the page and robots.txt come over TLS.
    @Test func caFileTrustsTheSiteCA() throws {
        let site = try HTTPSTestSite(route: Self.route)
        defer { site.close() }
        let (server, folder) = (site.server, site.folder)
        let fetcher = HTTPFetcher(config: Self.config(caFile: "site-ca.pem", robots: true), baseDirectory: folder)
        defer { fetcher.shutdown() }
        let url = server.url("/report.html")
        #expect(url.hasPrefix("https://127.0.0.1:"))
        let response = try fetcher.fetch(url)
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == Self.page)
        #expect(server.requests("/robots.txt").count == 1)
    }

    /// Without the CA the certificate is refused: not retried, one line naming the URL and fetch.caFile; the
    /// host's next URL fails at once with the same reason, and robots.txt is not blamed.
    @Test func untrustedCertificateIsRefusedInWords() throws {
        let site = try HTTPSTestSite(route: Self.route)
        defer { site.close() }
        let server = site.server
        let fetcher = HTTPFetcher(config: Self.config(robots: true))
        defer { fetcher.shutdown() }
        let url = server.url("/report.html")
        var refused: FetchError?
        do { _ = try fetcher.fetch(url) } catch { refused = error }
        guard case .untrustedCertificate(let failedURL, let reason)? = refused else {
            Issue.record("expected a certificate refusal, got \(String(describing: refused))")
            return
        }
        #expect(failedURL == url)
        // The dates are current, so the issuer is named as the problem, not expiry.
        #expect(reason.contains("fetch.caFile") && reason.contains("self-signed") && !reason.contains("expired"), "\(reason)")
        #expect(refused?.isRetryable == false)
        Self.expectReadable(refused?.description ?? "", url: url)
        // No request ever reached HTTP: the handshake was refused.
        #expect(server.requests.isEmpty)

        let second = server.url("/other.html")
        do { _ = try fetcher.fetch(second); Issue.record("second URL fetched without trust") } catch {
            #expect(error == .untrustedCertificate(url: second, reason: reason))
        }
    }

    /// A certificate past its end date, from a trusted CA: refused, the message says when it expired.
    @Test func expiredCertificateIsRefused() throws {
        let expiredOn = Date() - 86_400
        let site = try HTTPSTestSite(route: Self.route) {
            try $0.serverContext(notValidBefore: Date() - 30 * 86_400, notValidAfter: expiredOn)
        }
        defer { site.close() }
        let (server, folder) = (site.server, site.folder)
        let fetcher = HTTPFetcher(config: Self.config(caFile: "site-ca.pem"), baseDirectory: folder)
        defer { fetcher.shutdown() }
        let url = server.url("/report.html")
        do { _ = try fetcher.fetch(url); Issue.record("expired certificate accepted") } catch {
            guard case .untrustedCertificate = error else { Issue.record("got \(error)"); return }
            #expect(error.description.contains("expired on \(CertificateProbe.day(expiredOn))"), "\(error)")
            Self.expectReadable(error.description, url: url)
        }
    }

    /// A certificate a trusted CA issued for another name: refused as the wrong host, naming the host asked for.
    @Test func wrongHostIsRefused() throws {
        let site = try HTTPSTestSite(route: Self.route) { try $0.serverContext(dnsNames: ["reports.example.invalid"], ipAddress: false) }
        defer { site.close() }
        let (server, folder) = (site.server, site.folder)
        let fetcher = HTTPFetcher(config: Self.config(caFile: "site-ca.pem"), baseDirectory: folder)
        defer { fetcher.shutdown() }
        let url = server.url("/report.html")
        do { _ = try fetcher.fetch(url); Issue.record("certificate for another host accepted") } catch {
            guard case .untrustedCertificate(_, let reason) = error else { Issue.record("got \(error)"); return }
            #expect(reason.contains("another host name than 127.0.0.1"), "\(reason)")
            Self.expectReadable(error.description, url: url)
        }
    }

    /// A missing `fetch.caFile`, or one with no PEM certificate, refuses HTTPS naming the resolved path and why;
    /// plain HTTP does not depend on it.
    @Test func unusableCAFileIsNamed() throws {
        let folder = FetchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: CAFileError(path: folder.appendingPathComponent("nowhere.pem").path,
                                    reason: "No such file or directory")) {
            try CAFile.load("nowhere.pem", baseDirectory: folder)
        }
        try Data([0x30, 0x82, 0x01, 0x0a, 0x02]).write(to: folder.appendingPathComponent("ca.der"))
        do { _ = try CAFile.load("ca.der", baseDirectory: folder); Issue.record("DER bytes accepted as PEM") } catch {
            #expect(error.reason.contains("no PEM certificate"))
        }
        let half = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
        try Data(half.utf8).write(to: folder.appendingPathComponent("bad.pem"))
        #expect(throws: CAFileError.self) { try CAFile.load("bad.pem", baseDirectory: folder) }

        let fetcher = HTTPFetcher(config: Self.config(caFile: "nowhere.pem"), baseDirectory: folder)
        defer { fetcher.shutdown() }
        do { _ = try fetcher.fetch("https://127.0.0.1:9/report.html"); Issue.record("fetched with no CA file") } catch {
            #expect(error == .unusableCAFile(url: "https://127.0.0.1:9/report.html",
                                             path: folder.appendingPathComponent("nowhere.pem").path,
                                             reason: "No such file or directory"))
            #expect(error.description.contains("fetch.caFile"))
        }
        let plain = try TestHTTPServer(route: Self.route)
        defer { plain.shutdown() }
        #expect(try fetcher.fetch(plain.url("/report.html")).status == 200)
    }

    /// Through `PipelineRunner`: a relative `fetch.caFile` resolves against the config folder and the page is
    /// fetched and extracted; without it the document fails as `fetch-failed` with the one-line reason, and the run
    /// goes on.
    @Test func runnerResolvesCAFileAgainstTheConfigFolder() throws {
        let site = try HTTPSTestSite(route: Self.route)
        defer { site.close() }
        let (server, folder) = (site.server, site.folder)
        func run(caFile: String?, output: String) throws -> RunReport {
            var config = PipelineConfig()
            config.sources = [SourceSpec(url: server.url("/report.html"))]
            config.fetch = Self.config(caFile: caFile)
            return try PipelineRunner(config: config, baseDirectory: folder, output: folder.appendingPathComponent(output),
                                      logger: Logger(label: "test")).run(RunOptions())
        }
        let trusted = try run(caFile: "site-ca.pem", output: "trusted")
        #expect(trusted.failures.isEmpty, "\(trusted.failures)")
        let refused = try run(caFile: nil, output: "refused")
        let failure = refused.failures.first { $0.stage == .fetch }
        #expect(failure?.code == .fetchFailed)
        #expect(failure?.reason.contains("HTTPS certificate refused") == true, "\(String(describing: failure))")
        Self.expectReadable(failure?.reason ?? "", url: server.url("/report.html"))
    }

    /// A certificate not valid yet (a trusted CA, a start date next week): refused, the message gives the date.
    @Test func notYetValidCertificateIsRefused() throws {
        let startsOn = Date() + 7 * 86_400
        let site = try HTTPSTestSite(route: Self.route) { try $0.serverContext(notValidBefore: startsOn, notValidAfter: startsOn + 86_400) }
        defer { site.close() }
        let (server, folder) = (site.server, site.folder)
        let fetcher = HTTPFetcher(config: Self.config(caFile: "site-ca.pem"), baseDirectory: folder)
        defer { fetcher.shutdown() }
        let url = server.url("/report.html")
        do { _ = try fetcher.fetch(url); Issue.record("certificate not yet valid accepted") } catch {
            #expect(error.description.contains("not valid before \(CertificateProbe.day(startsOn))"), "\(error)")
            Self.expectReadable(error.description, url: url)
        }
    }

    /// An unusable `fetch.caFile` is the run's fault, not each document's: `run` stops once before fetching, with
    /// one plain line naming the file and why, and no request reaches the server; a run that fetches no HTTPS
    /// document (or fetches nothing) is not stopped by it.
    @Test func unusableCAFileStopsTheRunBeforeFetching() throws {
        let site = try HTTPSTestSite(route: Self.route)
        defer { site.close() }
        try Data("not a certificate\n".utf8).write(to: site.folder.appendingPathComponent("broken.pem"))
        func runner(caFile: String, sources: [SourceSpec], output: String) -> PipelineRunner {
            var config = PipelineConfig()
            config.sources = sources
            config.fetch = Self.config(caFile: caFile)
            return PipelineRunner(config: config, baseDirectory: site.folder, output: site.folder.appendingPathComponent(output),
                                  logger: Logger(label: "test"))
        }
        let pages = (1...3).map { SourceSpec(url: site.url("/report\($0).html")) }
        for caFile in ["broken.pem", "missing.pem"] {
            do {
                _ = try runner(caFile: caFile, sources: pages, output: "out-\(caFile)").run(RunOptions())
                Issue.record("\(caFile): the run went on")
            } catch let error as TrustError {
                guard case .caFileUnusable(let path, _, let count) = error else { return }
                #expect(path == site.folder.appendingPathComponent(caFile).path)
                #expect(count == 3)
                let message = error.description
                #expect(message.hasPrefix("fetch.caFile \(path) cannot be used ("), "\(message)")
                #expect(message.contains("nothing was fetched") && !message.contains("\n"))
                for dump in ["NIOSSL", "Code=", "NSCocoaErrorDomain"] { #expect(!message.contains(dump), "\(message)") }
            }
        }
        #expect(site.server.requests.isEmpty, "a request was made with an unusable CA file")
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("out-broken.pem/state.sqlite").path))

        // Plain HTTP only: the CA file does not matter to this run.
        let plain = try TestHTTPServer(route: Self.route)
        defer { plain.shutdown() }
        let report = try runner(caFile: "broken.pem", sources: [SourceSpec(url: plain.url("/report.html"))], output: "plain")
            .run(RunOptions())
        #expect(report.failures.isEmpty, "\(report.failures)")
        // A run without fetch does not fetch, so it is not stopped either.
        _ = try runner(caFile: "broken.pem", sources: pages, output: "plain").run(RunOptions(selection: .from(.clean)))
    }
}
