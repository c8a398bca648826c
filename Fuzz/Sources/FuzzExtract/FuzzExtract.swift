import Foundation
import GovReportsCore

/// The stage chain, compiled once and run in memory (clean → normalize → extract).
let pipeline = try! StageChain(config: PipelineConfig(), baseDirectory: URL(fileURLWithPath: "/"))

/// libFuzzer entry: run the whole extraction on arbitrary bytes and check offsets stay inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let result = try? pipeline.run(bytes, source: "fuzz.txt") else { return 0 }
    let x = result.extracted
    for q in x.quantities {
        precondition(q.charStart >= 0 && q.charStart < q.charEnd && q.charEnd <= x.chars, "quantity offsets out of range")
    }
    for s in x.sections { precondition(s.charStart <= s.charEnd && s.charEnd <= x.chars, "section offsets out of range") }
    for c in x.citations { precondition(c.charStart < c.charEnd && c.charEnd <= x.chars, "citation offsets out of range") }
    return 0
}
