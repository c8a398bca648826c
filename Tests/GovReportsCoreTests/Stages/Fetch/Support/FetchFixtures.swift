import Foundation
@testable import GovReportsCore

/// Shared settings and helpers for the fetch tests.
enum FetchFixtures {
    /// Fetch settings that keep tests fast: no delay, short timeouts, one retry.
    static func config(delay: Double = 0, retries: Int = 1, timeout: Double = 5, maxBytes: Int = 1 << 20) -> FetchConfig {
        var config = FetchConfig()
        config.perHostDelay = delay
        config.retries = retries
        config.timeout = timeout
        config.connectTimeout = 2
        config.maxBytes = maxBytes
        config.maxRedirects = 3
        config.concurrency = 4
        return config
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-fetch-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Bytes of a test resource under `Resources/fetch/`.
    static func resource(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/fetch") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return [UInt8](try Data(contentsOf: url))
    }

    /// `法治政府建设年度报告` in GBK.
    static let gbkTitle: [UInt8] = [0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae, 0xbd, 0xa8, 0xc9, 0xe8,
                                    0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]

    /// A GBK page whose charset is named only by the Content-Type header.
    static func gbkPage(link: String? = nil) -> [UInt8] {
        let anchor = link.map { Array("<a href=\"\($0)\">".utf8) + gbkTitle + Array("</a>".utf8) } ?? gbkTitle
        return Array("<html><head><title>".utf8) + gbkTitle + Array("</title></head><body><p>".utf8) + anchor
            + Array("</p></body></html>".utf8)
    }

    /// Runs a throwing fetch and returns its typed error, or nil when it succeeded.
    static func error(_ body: () throws(FetchError) -> FetchedResponse) -> FetchError? {
        do { _ = try body(); return nil } catch { return error }
    }
}
