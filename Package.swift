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
        .target(
            name: "GovReportsCore",
            dependencies: [
                "CLibXML2",
                "CSystemShims",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/rules")]
        ),
        .executableTarget(
            name: "govreports",
            dependencies: [
                "GovReportsCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "GovReportsCoreTests",
            dependencies: [
                "GovReportsCore",
                // A real in-process HTTP server for fetch tests, from packages the core already builds.
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "govreportsCLITests",
            dependencies: ["govreports"]
        ),
    ]
)
