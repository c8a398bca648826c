import Foundation
import Testing
@testable import GovReportsCore

/// The hand reader of stream input lines gives what JSONDecoder gives, and leaves every other shape to it.
@Suite struct StreamLineScannerTests {
    /// A line's fields, for comparing two decodings.
    static func fields(_ line: StreamLine) -> [String?] {
        [line.id, line.source, line.url, line.html.map { String(decoding: $0, as: UTF8.self) },
         line.text.map { String(decoding: $0, as: UTF8.self) }, line.base64, line.encoding, line.fetched,
         line.contentMultibyte.map(String.init)]
    }

    /// The line as JSONDecoder reads it, or nil when it refuses it.
    static func decoded(_ json: String) -> StreamLine? {
        try? JSONDecoder().decode(StreamLine.self, from: Data(json.utf8))
    }

    /// Lines of the shape read by hand: the same fields as JSONDecoder's.
    @Test func agreesWithJSONDecoder() throws {
        let lines = [
            #"{"id":"a1","source":"x/1.html","html":"<p>正文</p>"}"#,
            #" { "id" : 42 , "source" : "s" , "url" : "http://e/1" , "text" : "line\nnext\ttab \"q\" \\ \/ \b\f\r" } "#,
            #"{"id":-7,"source":"s","base64":"5q2j5paH","encoding":"gbk","fetched":"2024-01-02T03:04:05Z"}"#,
            #"{"id":null,"source":"s","html":"\u6b63\u6587 \ud83d\ude00 \u0041\u00e9","extra":"ignored","n":-15,"b":true,"z":null}"#,
            #"{"source":"s","html":"","url":null}"#,
            #"{}"#,
            #"{"id":0,"source":"s","html":"\u0000x"}"#,
        ]
        for json in lines {
            let fast = try #require(StreamLineScanner.decode(Array(json.utf8)), "not read by hand: \(json)")
            let slow = try #require(Self.decoded(json), "JSONDecoder refused: \(json)")
            #expect(Self.fields(fast) == Self.fields(slow), "differs: \(json)")
        }
    }

    /// The multi-byte count carried with a document string is the charset check's own count of its bytes (clean
    /// trusts it instead of walking the page again), escaped or not, and a base64 document carries none.
    @Test func contentCarriesItsMultibyteCount() throws {
        let cases: [(String, Int?)] = [
            (#"{"source":"s","html":"<p>正文 é 😀</p>"}"#, 4),
            (#"{"source":"s","text":"\u6b63\u6587\n\ud83d\ude00 ascii"}"#, 3),
            (#"{"source":"s","html":"plain ascii"}"#, 0),
            (#"{"source":"s","base64":"5q2j5paH","encoding":"utf-8"}"#, nil),
        ]
        for (json, expected) in cases {
            let line = try #require(StreamLineScanner.decode(Array(json.utf8)))
            #expect(line.contentMultibyte == expected, "\(json)")
            if let content = line.html ?? line.text {
                #expect(content.withUnsafeBufferPointer { UTF8Check.scan($0, from: 0).multibyte } == expected)
            }
            guard case .document(let input) = line.item(position: "line 1") else {
                Issue.record("no document: \(json)")
                continue
            }
            #expect(input.utf8Multibyte == expected)
        }
    }

    /// Shapes left to JSONDecoder: nested values, fractions and big numbers as ids, wrong types, duplicate keys, lone
    /// surrogates, raw control bytes, bad escapes, bad UTF-8, trailing text, truncation.
    @Test func leavesOtherShapesToJSONDecoder() {
        let lines = [
            #"{"source":"s","html":"x","meta":{"a":1}}"#,
            #"{"source":"s","html":"x","list":[1,2]}"#,
            #"{"id":1.5,"source":"s","html":"x"}"#,
            #"{"id":1234567890123456789012,"source":"s","html":"x"}"#,
            #"{"source":5,"html":"x"}"#,
            #"{"source":"s","html":true}"#,
            #"{"source":"a","source":"b","html":"x"}"#,
            #"{"source":"s","html":"\ud800 alone"}"#,
            "{\"source\":\"s\",\"html\":\"raw\ttab\"}",
            #"{"source":"s","html":"\q"}"#,
            #"{"source":"s","html":"x"} trailing"#,
            #"{"source":"s","html":"x""#,
            #"[1]"#,
            #"{"id":01,"source":"s"}"#,
        ]
        for json in lines {
            #expect(StreamLineScanner.decode(Array(json.utf8)) == nil, "read by hand: \(json)")
        }
        #expect(StreamLineScanner.decode([0x7B, 0x22, 0x73, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D]) == nil)
    }

    /// The document's bytes are checked as UTF-8 where they are read (they are never made a String there): a
    /// surrogate, an overlong form or a cut sequence in `html` or `text`, with or without an escape before it, sends
    /// the line to JSONDecoder, and JSONDecoder refuses it too.
    @Test func documentBytesAreCheckedAsUTF8() {
        let bad: [[UInt8]] = [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE6, 0xAD], [0xF4, 0x90, 0x80, 0x80]]
        for key in ["html", "text"] {
            for sequence in bad {
                for escapeFirst in [false, true] {
                    let head = Array("{\"source\":\"s\",\"\(key)\":\"".utf8) + (escapeFirst ? Array("\\n".utf8) : [])
                    let line = head + Array("正".utf8) + sequence + Array("文\"}".utf8)
                    #expect(StreamLineScanner.decode(line) == nil, "read by hand: \(key) \(sequence)")
                    #expect((try? JSONDecoder().decode(StreamLine.self, from: Data(line))) == nil)
                }
            }
            let good = Array("{\"source\":\"s\",\"\(key)\":\"\\n正文\"}".utf8)
            let read = StreamLineScanner.decode(good)
            #expect((key == "html" ? read?.html : read?.text) == Array("\n正文".utf8))
        }
    }

    /// Generated lines over every byte-level escape the encoder writes: the hand reader round-trips them.
    @Test func roundTripsEncodedStrings() throws {
        var scalars = (0x00..<0x80).compactMap(Unicode.Scalar.init).map(String.init).joined()
        scalars += "汉字\u{3000}\u{FEFF}\u{1F600}é"
        let object: [String: String] = ["source": "s", "html": scalars, "id": "k"]
        let data = try JSONSerialization.data(withJSONObject: object)
        let fast = try #require(StreamLineScanner.decode([UInt8](data)))
        #expect(fast.html == Array(scalars.utf8) && fast.source == "s" && fast.id == "k")
    }

    /// The eight-byte run scan stops exactly where a byte-by-byte scan does, for every special byte at every offset
    /// of a word and bytes next to the specials (0x1F/0x20, 0x21/0x23, 0x5B/0x5D, high UTF-8 bytes).
    @Test func plainRunEndStopsAtTheFirstSpecialByte() {
        let specials: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x0A]
        let fillers: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xE6, 0xFF, 0x41]
        for filler in fillers {
            for length in 0..<20 {
                for special in specials {
                    for at in 0...length {
                        var bytes = [UInt8](repeating: filler, count: length)
                        if at < length { bytes[at] = special }
                        let expected = bytes.firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? bytes.count
                        for start in 0...min(3, length) where start <= expected {
                            let got = bytes.withUnsafeBufferPointer { StreamLineScanner.plainRunEnd($0, from: start) }
                            #expect(got == expected, "filler \(filler) length \(length) special \(special) at \(at) start \(start)")
                        }
                    }
                }
            }
        }
    }
}
