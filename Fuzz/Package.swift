// swift-tools-version: 6.0
// libFuzzer targets for govreports; built only with `swift build -c release --sanitize=fuzzer` (scripts/fuzz.sh).
import PackageDescription

let package = Package(
    name: "govreports-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "govreports", path: "..")],
    targets: [
        .executableTarget(name: "FuzzClean", dependencies: [.product(name: "GovReportsCore", package: "govreports")]),
        .executableTarget(name: "FuzzExtract", dependencies: [.product(name: "GovReportsCore", package: "govreports")]),
    ]
)
