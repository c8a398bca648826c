import Crypto

/// The digests WARC records carry: `sha1:` and the SHA-1 in RFC 4648 base32, the form Heritrix, wget and warcio
/// write and `warcio check` verifies.
public enum WARCDigest {
    /// RFC 4648 base32 alphabet.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// `sha1:` + base32 of the SHA-1 of `bytes`.
    public static func sha1<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = Insecure.SHA1()
        hasher.update(data: Array(bytes))
        return "sha1:" + base32(Array(hasher.finalize()))
    }

    /// RFC 4648 base32 with `=` padding (none for a 20-byte SHA-1).
    public static func base32(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var buffer: UInt64 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt64(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[Int((buffer >> UInt64(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt64(5 - bits)) & 31)]) }
        while out.count % 8 != 0 { out.append(UInt8(ascii: "=")) }
        return String(decoding: out, as: UTF8.self)
    }
}
