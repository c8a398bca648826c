import CSystemZlib
import Foundation

/// gzip through system zlib: one member per call for the WARC writer, and bounded inflation of HTTP bodies that an
/// archive stored still compressed (Content-Encoding gzip or deflate).
public enum Gzip {
    /// Compression level of archive members: zlib's default trade of size for speed.
    public static let level: Int32 = 6

    /// Why an inflation stopped.
    public enum InflateError: Error, Equatable {
        /// The data is not gzip/zlib/deflate, or is damaged.
        case corrupt(String)
        /// The output would exceed the limit.
        case tooLarge(limit: Int)
    }

    /// `bytes` as one complete gzip member.
    public static func member(_ bytes: [UInt8]) -> [UInt8] {
        var zs = z_stream()
        guard govreports_deflate_init_gzip(&zs, level) == Z_OK else { preconditionFailure("deflateInit2 failed (out of memory)") }
        defer { deflateEnd(&zs) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&zs, uLong(bytes.count))) + 32)
        var input = bytes
        let rc = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                zs.next_in = inBuf.baseAddress
                zs.avail_in = UInt32(inBuf.count)
                zs.next_out = outBuf.baseAddress
                zs.avail_out = UInt32(outBuf.count)
                return deflate(&zs, Z_FINISH)
            }
        }
        // deflateBound sizes the buffer for one Z_FINISH call, so anything else is a zlib bug.
        precondition(rc == Z_STREAM_END, "deflate did not finish in its bound")
        out.removeLast(Int(zs.avail_out))
        return out
    }

    /// Inflates a gzip or zlib stream (told apart by its header), or raw deflate when it has neither, up to `limit`
    /// output bytes; concatenated gzip members are all inflated.
    public static func inflate(_ bytes: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
        if bytes.isEmpty { return [] }
        let looksWrapped = bytes.count >= 2 && ((bytes[0] == 0x1f && bytes[1] == 0x8b)
            || (bytes[0] & 0x0f == 8 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0))
        var output: [UInt8] = []
        var offset = 0
        repeat {
            let (chunk, used) = try inflateOne(bytes, from: offset, raw: !looksWrapped, limit: limit - output.count)
            output += chunk
            offset += used
            // Trailing zero padding after the last member ends the data.
        } while looksWrapped && offset + 1 < bytes.count && bytes[offset] == 0x1f && bytes[offset + 1] == 0x8b
        return output
    }

    /// One stream from `from`; returns its output and the input bytes it used.
    private static func inflateOne(_ bytes: [UInt8], from start: Int, raw: Bool,
                                   limit: Int) throws(InflateError) -> ([UInt8], Int) {
        var zs = z_stream()
        guard (raw ? govreports_inflate_init_raw(&zs) : govreports_inflate_init_auto(&zs)) == Z_OK else {
            throw .corrupt("inflateInit2 failed")
        }
        defer { inflateEnd(&zs) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        var consumed = 0
        while true {
            let available = input.count - start - consumed
            let rc = input.withUnsafeMutableBufferPointer { inBuf in
                chunk.withUnsafeMutableBufferPointer { outBuf in
                    zs.next_in = inBuf.baseAddress! + start + consumed
                    zs.avail_in = UInt32(available)
                    zs.next_out = outBuf.baseAddress
                    zs.avail_out = UInt32(outBuf.count)
                    return CSystemZlib.inflate(&zs, Z_NO_FLUSH)
                }
            }
            consumed += available - Int(zs.avail_in)
            let produced = chunk.count - Int(zs.avail_out)
            if output.count + produced > limit { throw .tooLarge(limit: limit) }
            output.append(contentsOf: chunk[..<produced])
            switch rc {
            case Z_STREAM_END: return (output, consumed)
            case Z_OK: continue
            case Z_BUF_ERROR where produced > 0: continue
            default: throw .corrupt(zs.msg.map { String(cString: $0) } ?? (rc == Z_BUF_ERROR ? "data cut short" : "zlib error \(rc)"))
            }
        }
    }
}
