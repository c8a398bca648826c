import Foundation

/// Streams rows to a CSV file: UTF-8 (BOM optional), RFC 4180 quoting, formula neutralization for text cells.
final class CSVTableWriter {
    /// Destination handle.
    private let handle: FileHandle
    /// Options.
    private let options: CSVOptions
    /// Pending bytes, flushed in blocks.
    private var buffer: [UInt8] = []

    /// Creates the file and writes the BOM and header.
    init(url: URL, schema: TableSchema, options: CSVOptions) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        self.options = options
        if options.bom { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        Self.append(schema.columns.map { Cell.text($0.name) }, neutralize: false, to: &buffer)
    }

    /// Appends one row.
    func write(_ row: [Cell]) throws {
        // The row is encoded into a local array: appending to the stored property directly paid a dynamic
        // exclusivity check per append.
        var out: [UInt8] = []
        swap(&out, &buffer)
        Self.append(row, neutralize: options.neutralizeFormulas, to: &out)
        swap(&out, &buffer)
        if buffer.count > 1 << 16 { try flush() }
    }

    /// Writes out what is buffered and closes; reaching the disk is left to the one flush of the whole staging
    /// folder before export swaps it in (`FileSystemSync`).
    func close() throws {
        try flush()
        try handle.close()
    }

    /// Encodes a row; CRLF line ends per RFC 4180.
    private static func append(_ row: [Cell], neutralize: Bool, to out: inout [UInt8]) {
        for (i, cell) in row.enumerated() {
            if i > 0 { out.append(0x2C) }
            switch cell {
            case .null: break
            case .int(let v): DecimalText.append(v, to: &out)
            case .number(let v): Cell.append(v, to: &out)
            case .bool(let v): out.append(contentsOf: (v ? "true" : "false").utf8)
            case .text(let s): appendText(s, neutralize: neutralize, to: &out)
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// Quotes a text cell when needed and defuses a leading formula character (OWASP CSV injection).
    private static func appendText(_ s: String, neutralize: Bool, to out: inout [UInt8]) {
        var text = s
        if neutralize, let first = text.utf8.first, isFormulaStart(first) {
            text = "'" + text
        }
        // Scanned as the string's own UTF-8 bytes: a generic walk over `utf8` cost more than the writing.
        text.withUTF8 { bytes in
            guard bytes.contains(where: { isQuoteTrigger($0) }) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            var runStart = 0
            for i in 0..<bytes.count where bytes[i] == 0x22 {
                // Copy up to and including the quote, then double it.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...i]))
                out.append(0x22)
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(0x22)
        }
    }

    /// Leading bytes that make a spreadsheet read a cell as a formula: = + - @ tab CR.
    private static func isFormulaStart(_ b: UInt8) -> Bool {
        // A switch, not a Set: hashing every byte of every cell was a visible share of export time.
        switch b {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Bytes that force RFC 4180 quoting: comma, quote, LF, CR.
    private static func isQuoteTrigger(_ b: UInt8) -> Bool {
        switch b {
        case 0x2C, 0x22, 0x0A, 0x0D: return true
        default: return false
        }
    }

    /// Writes the buffer out.
    private func flush() throws {
        if buffer.isEmpty { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
