// swift-tools-version: 6.0
// govreports: turns Chinese government annual reports into research datasets.
import PackageDescription

let package = Package(
    name: "govreports",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "govreports", targets: ["govreports"]),
        .library(name: "GovReportsCore", targets: ["GovReportsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // HTTP fetch: streaming size caps, decompression-ratio limits and deadlines (URLSession has none).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already pulled in by async-http-client; named so fetch can type-match its errors and tests can serve HTTP.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.0"),
        // Already pulled in by async-http-client: named so fetch can trust a site CA (`fetch.caFile`) and say why a
        // certificate was refused, and so tests can serve HTTPS on 127.0.0.1.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
        // Already pulled in by swift-nio-extras; tests only: a CA and server certificates made in-process at test time.
        .package(url: "https://github.com/apple/swift-certificates", from: "1.0.0"),
        // Already pulled in by swift-certificates; tests only: the IP-address subject name of a test certificate.
        .package(url: "https://github.com/apple/swift-asn1", from: "1.0.0"),
        // DOCX attachments are zip archives: a maintained reader (central directory, deflate via zlib, zip64).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // syncfs(2), which Glibc's Swift module hides: export makes thousands of texts/*.txt durable with one flush.
        .systemLibrary(name: "CSystemShims"),
        // System zlib for WARC (ISO 28500) archives: a .warc.gz is one gzip member per record, and the reader must
        // see member boundaries (to name a bad record's offset and skip to the next member) and the writer must
        // close one member per record; zlib's inflate/deflate give exactly that. The binary already links this
        // zlib through swift-nio-extras' HTTP decompression, so it adds no library; compress-nio wraps the same
        // zlib but hides member boundaries behind whole-buffer calls. Not named CZlib: ZIPFoundation has a module so named.
        .systemLibrary(name: "CSystemZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "GovReportsCore",
            dependencies: [
                "CLibXML2",
                "CSystemShims",
                "CSystemZlib",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // Already linked by async-http-client: one unverified handshake that reads a refused certificate's dates.
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/rules")]
        ),
        // The synthetic corpus generator and the throughput/memory measurements behind `govreports bench`: kept out
        // of the core library, which the pipeline ships, since only the CLI's bench subcommands and tests use them.
        .target(
            name: "GovReportsBench",
            dependencies: [
                "GovReportsCore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "govreports",
            dependencies: [
                "GovReportsCore",
                "GovReportsBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "GovReportsCoreTests",
            dependencies: [
                "GovReportsCore",
                // SeededGenerator: deterministic random inputs for property tests.
                "GovReportsBench",
                // A real in-process HTTP server for fetch tests, from packages the core already builds.
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                // A loopback HTTPS server with a test CA generated in-process (no openssl CLI in CI).
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "GovReportsBenchTests",
            dependencies: ["GovReportsBench", "GovReportsCore"]
        ),
        .testTarget(
            name: "govreportsCLITests",
            dependencies: ["govreports"]
        ),
    ]
)
