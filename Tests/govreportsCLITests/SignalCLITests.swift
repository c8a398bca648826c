import Foundation
import Testing

/// SIGTERM to the built binary during a loopback fetch of 50 slow pages (issue 20): it exits 143 at once, keeps the
/// pages it finished, releases the lock and writes a run report that says it was interrupted.
@Suite(.serialized) struct SignalCLITests {
    /// A loopback server (Python's standard library): /p1–/p5 answer at once, the other pages after 30 s.
    static let server = """
        import http.server, socketserver, sys, time
        class H(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                n = int(self.path[2:-5]) if self.path.startswith('/p') else 0
                if n > 5: time.sleep(30)
                body = ('<html><body><div id="content"><p>第%d号报告：全年办理行政许可%d件。</p></div></body></html>' % (n, n)).encode()
                try:
                    self.send_response(200 if n else 404)
                    self.send_header('content-type', 'text/html; charset=utf-8')
                    self.send_header('content-length', str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client cancelled: that is the point of the test
            def log_message(self, *a): pass
        class S(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
        s = S(('127.0.0.1', 0), H)
        print(s.server_address[1], flush=True)
        s.serve_forever()
        """

    /// Raw pages stored under `output`.
    static func rawCount(_ output: URL) -> Int {
        let dir = output.appendingPathComponent("stages/fetch")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".raw") }.count
    }

    /// SIGTERM with four slow requests in flight: exit 143 well before they would answer, five pages kept.
    @Test func sigtermDuringFetchExits143KeepingCompletedPages() throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", Self.server]
        let portPipe = Pipe()
        python.standardOutput = portPipe
        try python.run()
        defer {
            // SIGKILL, not SIGTERM: a test runner may hand its children SIGTERM ignored (a Python server that
            // ignores it would keep this test waiting forever).
            kill(python.processIdentifier, SIGKILL)
            python.waitUntilExit()
        }
        var portLine = Data()
        while !portLine.contains(0x0A) {
            let chunk = portPipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            portLine.append(chunk)
        }
        let port = try #require(Int(String(decoding: portLine, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-sig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let sources = (1...50).map { "{\"url\": \"http://127.0.0.1:\(port)/p\($0).html\"}" }.joined(separator: ",")
        try Data(#"{"version": 1, "sources": [\#(sources)], "fetch": {"perHostConcurrency": 4, "concurrency": 4, "perHostDelay": 0, "respectRobots": false, "retries": 0}}"#.utf8)
            .write(to: root.appendingPathComponent("pipeline.json"))

        let run = Process()
        run.executableURL = CLITests.binary
        run.arguments = ["run", "--quiet", "--jobs", "4"]
        run.currentDirectoryURL = root
        let err = Pipe()
        run.standardError = err
        run.standardOutput = Pipe()
        try run.run()
        let output = root.appendingPathComponent("output")
        let waitUntil = Date().addingTimeInterval(30)
        while Self.rawCount(output) < 5 && Date() < waitUntil && run.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.3)  // the slow requests are in flight by now
        let signalled = Date()
        run.terminate()  // SIGTERM
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        run.waitUntilExit()
        let elapsed = Date().timeIntervalSince(signalled)
        print("SIGTERM to exit with 4 slow requests in flight: \(String(format: "%.2f", elapsed)) s")
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(run.terminationStatus == 143, "\(text)")
        #expect(elapsed < 15, "the slow requests were waited out")  // they answer only after 30 s
        #expect(text.contains("interrupted"))
        #expect(!text.contains("Code=") && !text.contains("NSCocoaErrorDomain"))
        #expect(Self.rawCount(output) == 5)
        let report = try String(contentsOf: output.appendingPathComponent("run.json"), encoding: .utf8)
        #expect(report.contains("\"interrupted\" : true"))
        // The lock is released: a status run (which takes no lock) and a lock file no one holds.
        let status = try CLITests().run(["status"], cwd: root)
        #expect(status.status == 0)
        #expect(status.out.contains("fetch"))
    }
}
