import Crypto
import Foundation

/// SHA-256 helpers used for content identity and fingerprints.
public enum Digest {
    /// Lowercase hex SHA-256 of bytes.
    public static func sha256<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// Lowercase hex SHA-256 of a string's UTF-8.
    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// Renders a digest as lowercase hex.
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let table = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(table[Int(byte >> 4)])
            out.append(table[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
