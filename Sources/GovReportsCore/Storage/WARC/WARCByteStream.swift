import CSystemZlib
import Foundation

/// The decompressed bytes of a WARC archive, read in chunks from a file descriptor: plain, or gzip member after
/// member (one member per record, or one for the whole file: told apart by nothing, both just work). It knows the
/// position of every byte it hands out, stops at each member's end until told to go on (so a reader can see a
/// record cut short at its member's end), and on corrupt gzip data notes an issue and skips to the next member.
/// Memory stays at two chunks whatever the archive's size.
final class WARCByteStream {
    /// Bytes read from the file, and produced by inflate, per call.
    static let chunkSize = 1 << 16
    /// The gzip magic and deflate method byte that open every member.
    static let gzipMagic: [UInt8] = [0x1f, 0x8b, 0x08]

    /// How the file is stored, decided by its first bytes.
    private enum Mode { case unknown, plain, gzip }

    /// The archive as the user names it.
    let name: String
    /// Where bytes come from.
    private let fd: Int32
    /// Compressed (or plain) bytes read and not yet consumed: `input[inStart..<inEnd]`.
    private var input: [UInt8]
    /// First unconsumed byte of `input`.
    private var inStart = 0
    /// End of the valid bytes of `input`.
    private var inEnd = 0
    /// File offset of `input[0]`.
    private var inputBase: Int
    /// The file has no more bytes.
    private var fileEnded = false
    /// Plain or gzip, once the first bytes are seen.
    private var mode = Mode.unknown
    /// zlib's state for the member being inflated.
    private var zs = z_stream()
    /// A member is being inflated (`zs` is initialized).
    private var inflating = false
    /// File offset of the member being inflated.
    private var memberStart = 0
    /// Decompressed bytes the current member has produced so far.
    private var memberProduced = 0
    /// Decompressed bytes not yet handed out: `out[outPos..<outEnd]`.
    private(set) var out: [UInt8]
    /// Next byte of `out` to hand out.
    var outPos = 0
    /// End of the valid bytes of `out`.
    private(set) var outEnd = 0
    /// Position of `out[0]`: the member (plain: the file offset) and its decompressed offset.
    private var outMember = 0
    /// Decompressed offset of `out[0]` within its member.
    private var outInner = 0
    /// A gzip member has just ended; no more bytes are handed out until `crossMember()`.
    private(set) var atMemberEnd = false
    /// The member end was corrupt gzip data, not a clean end: a record it was in is lost.
    private(set) var damaged = false
    /// Problems met, for the reader to pass on.
    var issues: [WARCIssue] = []

    /// Reads from `fd` (not closed here), whose current file offset is `offset` (for positions).
    init(fd: Int32, name: String, offset: Int = 0) {
        self.fd = fd
        self.name = name
        self.inputBase = offset
        self.input = [UInt8](repeating: 0, count: Self.chunkSize)
        self.out = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    deinit {
        if inflating { inflateEnd(&zs) }
    }

    /// Whether the archive is gzip-compressed (known after the first byte was asked for).
    var isGzip: Bool { mode == .gzip }

    /// The position of the next byte to hand out (call after `fill()` returned true).
    var position: WARCPosition {
        mode == .plain ? WARCPosition(member: outMember + outPos) : WARCPosition(member: outMember, inner: outInner + outPos)
    }

    /// Lets bytes of the next gzip member through after a member end.
    func crossMember() {
        atMemberEnd = false
        damaged = false
    }

    /// Makes sure `out[outPos..<outEnd]` holds at least one byte; false at the end of the file (or of a member,
    /// see `atMemberEnd`).
    func fill() throws(WARCError) -> Bool {
        while outPos >= outEnd {
            if atMemberEnd { return false }
            switch mode {
            case .unknown:
                if inEnd - inStart < 2 && !fileEnded { try readInput(); continue }
                if inEnd - inStart == 0 { return false }
                mode = inEnd - inStart >= 2 && input[inStart] == 0x1f && input[inStart + 1] == 0x8b ? .gzip : .plain
            case .plain:
                if inStart == inEnd {
                    if fileEnded { return false }
                    try readInput()
                    continue
                }
                // Swap the buffers instead of copying: the unread input becomes the output.
                let base = inputBase
                swap(&input, &out)
                outMember = base
                outPos = inStart
                outEnd = inEnd
                inputBase = base + inEnd
                inStart = 0
                inEnd = 0
            case .gzip:
                if try !inflateSome() { return false }
            }
        }
        return true
    }

    /// Reads more of the file after the unconsumed input (moved to the front first).
    private func readInput() throws(WARCError) {
        if inStart > 0 {
            let kept = inEnd - inStart
            if kept > 0 { input.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + inStart, count: kept) } }
            inputBase += inStart
            inStart = 0
            inEnd = kept
        }
        if inEnd == input.count { input.append(contentsOf: [UInt8](repeating: 0, count: Self.chunkSize)) }
        while true {
            let n = input.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress! + inEnd, $0.count - inEnd) }
            if n > 0 { inEnd += n; return }
            if n == 0 { fileEnded = true; return }
            if errno == EINTR { continue }
            throw .unreadable(archive: name, code: errno)
        }
    }

    /// Inflates the next piece of gzip data into `out`; false at the end of the file or of a member.
    private func inflateSome() throws(WARCError) -> Bool {
        while true {
            if !inflating {
                guard try startMember() else { return false }
            }
            if inStart == inEnd && !fileEnded { try readInput() }
            let available = inEnd - inStart
            zs.avail_in = UInt32(available)
            zs.avail_out = UInt32(out.count)
            let rc = input.withUnsafeMutableBufferPointer { inBuf in
                out.withUnsafeMutableBufferPointer { outBuf in
                    zs.next_in = inBuf.baseAddress! + inStart
                    zs.next_out = outBuf.baseAddress!
                    return inflate(&zs, Z_NO_FLUSH)
                }
            }
            inStart += available - Int(zs.avail_in)
            let produced = out.count - Int(zs.avail_out)
            outMember = memberStart
            outInner = memberProduced
            memberProduced += produced
            outPos = 0
            outEnd = produced
            switch rc {
            case Z_STREAM_END:
                inflateEnd(&zs)
                inflating = false
                atMemberEnd = true
                return produced > 0
            case Z_OK, Z_BUF_ERROR:
                if produced > 0 { return true }
                if inStart == inEnd && fileEnded {
                    inflateEnd(&zs)
                    inflating = false
                    issues.append(WARCIssue(archive: name, position: WARCPosition(member: memberStart),
                                            reason: "gzip member cut short at the end of the file"))
                    damaged = true
                    return false
                }
            default:
                let message = zs.msg.map { String(cString: $0) } ?? "zlib error \(rc)"
                inflateEnd(&zs)
                inflating = false
                issues.append(WARCIssue(archive: name, position: WARCPosition(member: memberStart),
                                        reason: "corrupt gzip data (\(message)); skipped to the next gzip member"))
                // The reader sees the member end where the damage is, and drops a record it was in.
                atMemberEnd = true
                damaged = true
                outEnd = 0
                return false
            }
        }
    }

    /// Starts inflating the member at the next gzip magic; bytes before it are noted as an issue. False at the end
    /// of the file.
    private func startMember() throws(WARCError) -> Bool {
        var skippedFrom: Int?
        while true {
            if inEnd - inStart < Self.gzipMagic.count {
                if fileEnded {
                    if inEnd > inStart, skippedFrom == nil { skippedFrom = inputBase + inStart }
                    inStart = inEnd
                    break
                }
                try readInput()
                continue
            }
            if input[inStart] == Self.gzipMagic[0] && input[inStart + 1] == Self.gzipMagic[1] && input[inStart + 2] == Self.gzipMagic[2] {
                break
            }
            if skippedFrom == nil { skippedFrom = inputBase + inStart }
            inStart += 1
        }
        if let skippedFrom {
            issues.append(WARCIssue(archive: name, position: WARCPosition(member: skippedFrom),
                                    reason: "\(inputBase + inStart - skippedFrom) bytes that are no gzip member skipped"))
        }
        if inStart == inEnd && fileEnded { return false }
        zs = z_stream()
        guard govreports_inflate_init_gzip(&zs) == Z_OK else { throw .zlib(archive: name, reason: "inflateInit2 failed") }
        inflating = true
        memberStart = inputBase + inStart
        memberProduced = 0
        return true
    }
}
