import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// A throwaway certificate authority made in-process for the HTTPS tests, and server certificates it signs:
/// valid, expired, or for another host name, so the fetcher's trust decisions are tested against real TLS.
struct TestCertificateAuthority {
    /// The CA's signing key.
    let key: P256.Signing.PrivateKey
    /// The CA's self-signed certificate.
    let certificate: Certificate

    /// A CA valid from an hour ago for a day.
    init(commonName: String = "govreports test CA") throws {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName { CommonName(commonName) }
        let now = Date()
        self.key = key
        certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + 86_400, issuer: name, subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: .init(key.publicKey))
            },
            issuerPrivateKey: .init(key))
    }

    /// The CA certificate as PEM, as a site would publish it for `fetch.caFile`.
    func pem() throws -> String { try certificate.serializeAsPEM().pemString }

    /// A TLS server context whose leaf this CA signed, naming 127.0.0.1 (and `dnsNames`) unless `ipAddress` is false.
    func serverContext(dnsNames: [String] = [], ipAddress: Bool = true,
                       notValidBefore: Date = Date() - 3600, notValidAfter: Date = Date() + 86_400) throws -> NIOSSLContext {
        let leafKey = P256.Signing.PrivateKey()
        var names = dnsNames.map { GeneralName.dnsName($0) }
        if ipAddress { names.append(.ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1]))) }
        let leaf = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(leafKey.publicKey),
            notValidBefore: notValidBefore, notValidAfter: notValidAfter, issuer: certificate.subject,
            subject: try DistinguishedName { CommonName(dnsNames.first ?? "127.0.0.1") },
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames(names)
            },
            issuerPrivateKey: .init(key))
        let chain = try NIOSSLCertificate(bytes: Array(leaf.serializeAsPEM().pemString.utf8), format: .pem)
        let privateKey = try NIOSSLPrivateKey(bytes: Array(leafKey.pemRepresentation.utf8), format: .pem)
        let tls = TLSConfiguration.makeServerConfiguration(certificateChain: [.certificate(chain)],
                                                           privateKey: .privateKey(privateKey))
        return try NIOSSLContext(configuration: tls)
    }
}
