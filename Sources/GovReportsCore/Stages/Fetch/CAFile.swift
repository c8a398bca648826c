import Foundation
import NIOSSL

/// `fetch.caFile` loaded: the PEM certificates HTTPS fetches trust in addition to the system's CAs.
public struct CAFile: Sendable {
    /// The file's path, resolved against the config folder.
    public let path: String
    /// The certificates it holds (at least one).
    let certificates: [NIOSSLCertificate]

    /// Marker every PEM certificate block starts with.
    static let pemBegin = Array("-----BEGIN CERTIFICATE-----".utf8)

    /// The path a `caFile` setting names: absolute as given, else relative to the config folder.
    public static func resolve(_ setting: String, baseDirectory: URL?) -> String {
        if setting.hasPrefix("/") { return setting }
        let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return base.appendingPathComponent(setting).standardizedFileURL.path
    }

    /// Reads and parses the file; the error says in words why it cannot be used.
    public static func load(_ setting: String, baseDirectory: URL?) throws(CAFileError) -> CAFile {
        let path = resolve(setting, baseDirectory: baseDirectory)
        let bytes: [UInt8]
        do { bytes = try PlainFile.read(path) } catch { throw CAFileError(path: path, reason: error.reason) }
        // A DER file or a key file is a common mix-up; say what is expected instead of a parser code.
        guard bytes.firstRange(of: pemBegin) != nil else {
            throw CAFileError(path: path, reason: "no PEM certificate in it (expected -----BEGIN CERTIFICATE----- blocks)")
        }
        let certificates: [NIOSSLCertificate]
        do { certificates = try NIOSSLCertificate.fromPEMBytes(bytes) } catch {
            throw CAFileError(path: path, reason: "a PEM certificate block in it does not parse")
        }
        guard !certificates.isEmpty else {
            throw CAFileError(path: path, reason: "no PEM certificate in it (expected -----BEGIN CERTIFICATE----- blocks)")
        }
        return CAFile(path: path, certificates: certificates)
    }

    /// Client TLS settings: the system's trust roots plus this file's certificates.
    func tlsConfiguration() -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.additionalTrustRoots = [.certificates(certificates)]
        return tls
    }
}
