import GovReportsCore

/// The cleaner under test, compiled once (as in a real run).
nonisolated(unsafe) let cleaner = try! Cleaner(config: CleanConfig())
/// A record naming the fuzz input; alternating sources exercise the HTML and text paths.
let htmlRecord = FetchRecord(docID: "fuzz", source: "fuzz.html", rawFile: "", fetchedAt: "", sha256: "", byteCount: 0)
/// Same, as a text file.
let textRecord = FetchRecord(docID: "fuzz", source: "fuzz.txt", rawFile: "", fetchedAt: "", sha256: "", byteCount: 0)

/// libFuzzer entry: clean arbitrary bytes; typed errors are fine, crashes and hangs are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClean(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let record = (bytes.first ?? 0) & 1 == 0 ? htmlRecord : textRecord
    if let doc = try? cleaner.clean(bytes, record: record) {
        // Every removed line and the body must be valid text; touching them catches bad slicing.
        precondition(doc.text.unicodeScalars.count >= 0)
    }
    return 0
}
