import Foundation

/// Streams rows to a JSON Lines file, one object per row with keys in column order.
final class JSONLTableWriter {
    /// Destination handle.
    private let handle: FileHandle
    /// Per column, the bytes before its value: `{"name":` for the first, `,"name":` for the others.
    private let keys: [[UInt8]]
    /// Pending bytes.
    private var buffer: [UInt8] = []

    /// Creates the file.
    init(url: URL, columns: [String]) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        keys = columns.enumerated().map { i, name in
            var key: [UInt8] = [i == 0 ? 0x7B : 0x2C]
            JSONText.appendString(name, to: &key)
            key.append(0x3A)
            return key
        }
    }

    /// Appends one row.
    func write(_ row: [Cell]) throws {
        // The row is encoded into a local array: appending to the stored property directly paid a dynamic
        // exclusivity check per append.
        var out: [UInt8] = []
        swap(&out, &buffer)
        Self.append(row, keys: keys, to: &out)
        swap(&out, &buffer)
        if buffer.count > 1 << 16 { try flush() }
    }

    /// Encodes a row as one JSON object and a newline.
    private static func append(_ row: [Cell], keys: [[UInt8]], to out: inout [UInt8]) {
        if row.isEmpty { out.append(0x7B) }
        for (i, cell) in row.enumerated() {
            out.append(contentsOf: keys[i])
            switch cell {
            case .null: out.append(contentsOf: "null".utf8)
            case .int(let v): DecimalText.append(v, to: &out)
            case .number(let v): Cell.append(v, to: &out)
            case .bool(let v): out.append(contentsOf: (v ? "true" : "false").utf8)
            case .text(let s): JSONText.appendString(s, to: &out)
            }
        }
        out.append(contentsOf: [0x7D, 0x0A])
    }

    /// Writes out what is buffered and closes; reaching the disk is left to the one flush of the whole staging
    /// folder before export swaps it in (`FileSystemSync`).
    func close() throws {
        try flush()
        try handle.close()
    }

    /// Writes the buffer out.
    private func flush() throws {
        if buffer.isEmpty { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
