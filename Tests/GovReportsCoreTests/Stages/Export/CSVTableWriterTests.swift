import Foundation
import Testing
@testable import GovReportsCore

/// CSV for spreadsheets: BOM, RFC 4180 quoting, formula neutralization on text only.
@Suite struct CSVTableWriterTests {
    /// A two-column schema for the tests.
    let schema = TableSchema(name: "t", description: "test", columns: [Column("text", .string, "t"), Column("n", .number, "n")],
                             primaryKey: ["text"])

    /// Writes rows and returns the file's bytes.
    func write(_ rows: [[Cell]], options: CSVOptions = CSVOptions()) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try CSVTableWriter(url: url, schema: schema, options: options)
        for r in rows { try w.write(r) }
        try w.close()
        return [UInt8](try Data(contentsOf: url))
    }

    /// The file starts with a UTF-8 BOM and keeps Chinese text as UTF-8.
    @Test func bomAndUTF8() throws {
        let bytes = try write([[.text("行政许可"), .number(295)]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "text,n\r\n行政许可,295\r\n")
    }

    /// Without the BOM option there is none.
    @Test func noBOMWhenDisabled() throws {
        let bytes = try write([], options: CSVOptions(bom: false))
        #expect(String(decoding: bytes, as: UTF8.self) == "text,n\r\n")
    }

    /// Commas, quotes and newlines are quoted with doubled quotes.
    @Test func rfc4180Quoting() throws {
        let bytes = try write([[.text("a,\"b\"\nc"), .null]])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "text,n\r\n\"a,\"\"b\"\"\nc\",\r\n")
    }

    /// Text starting with = + - @ tab CR is prefixed with a quote; numbers (even negative) are untouched.
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
    func formulaNeutralized(_ text: String) throws {
        let s = String(decoding: try write([[.text(text), .number(-5)]]).dropFirst(3), as: UTF8.self)
        let line = s.split(separator: "\r\n", omittingEmptySubsequences: false)[1]
        #expect(line.hasPrefix("'") || line.hasPrefix("\"'"))
        #expect(line.hasSuffix(",-5"))
    }

    /// Numbers print as plain decimals without exponent or separators.
    @Test func plainDecimals() {
        #expect(Cell.format(15883000) == "15883000")
        #expect(Cell.format(24679000000) == "24679000000")
        #expect(Cell.format(82.2) == "82.2")
        #expect(Cell.format(0.00001) == "0.00001")
    }
}
