import Foundation

/// Streams rows to a JSON Lines file, one object per row with keys in column order.
final class JSONLTableWriter {
    /// Destination handle.
    private let handle: FileHandle
    /// Column names.
    private let names: [String]
    /// Pending bytes.
    private var buffer: [UInt8] = []

    /// Creates the file.
    init(url: URL, columns: [String]) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        names = columns
    }

    /// Appends one row.
    func write(_ row: [Cell]) throws {
        buffer.append(0x7B)
        for (i, cell) in row.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            JSONText.appendString(names[i], to: &buffer)
            buffer.append(0x3A)
            switch cell {
            case .null: buffer.append(contentsOf: "null".utf8)
            case .int(let v): buffer.append(contentsOf: String(v).utf8)
            case .number(let v): buffer.append(contentsOf: Cell.format(v).utf8)
            case .bool(let v): buffer.append(contentsOf: (v ? "true" : "false").utf8)
            case .text(let s): JSONText.appendString(s, to: &buffer)
            }
        }
        buffer.append(contentsOf: [0x7D, 0x0A])
        if buffer.count > 1 << 16 { try flush() }
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
