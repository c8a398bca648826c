import Foundation
import Testing
@testable import GovReportsCore

/// `PrettyJSONValue` writes what `JSONSerialization` writes for the same tree, so `datapackage.json` keeps its bytes.
@Suite struct PrettyJSONValueTests {
    /// The same tree as Foundation objects, for `JSONSerialization` to write.
    private func foundation(_ value: PrettyJSONValue) -> Any {
        switch value {
        case .string(let s): return s
        case .bool(let b): return b
        case .array(let items): return items.map(foundation)
        case .object(let members): return members.mapValues(foundation)
        }
    }

    /// `JSONSerialization`'s bytes with the options the descriptor used to be written with.
    private func serialized(_ value: PrettyJSONValue) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: foundation(value),
                                           options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
    }

    /// The whole descriptor, with and without a byte-order mark, matches byte for byte.
    @Test func descriptorMatchesJSONSerialization() throws {
        let codebook = try Codebook.load(nil, baseDirectory: URL(fileURLWithPath: "/"))
        for bom in [true, false] {
            let writer = DataPackageWriter(schemas: DatasetSchemas.all(codebook), codebook: codebook,
                                           csv: CSVOptions(bom: bom))
            let tree = writer.tree
            #expect(tree.prettyBytes == (try serialized(tree)))
            #expect(String(decoding: try writer.descriptor(), as: UTF8.self).contains("\"foreignKeys\" : ["))
        }
    }

    /// Escapes, slashes, non-ASCII text, empty containers, booleans and mixed-case keys match too.
    @Test func edgeCasesMatchJSONSerialization() throws {
        let tree = PrettyJSONValue.object([
            "quote\"back\\slash/": .string("tab\tnew\nline\r\u{01}\u{1F}\u{08}\u{0C} 法治 /path/ é"),
            "empty": .array([]),
            "emptyObject": .object([:]),
            "nested": .array([.array([]), .object(["b": .bool(false), "a": .bool(true)]), .string("")]),
            "doubleQuote": .bool(true), "delimiter": .string(","), "deep": .object(["x": .array([.string("y")])]),
        ])
        #expect(tree.prettyBytes == (try serialized(tree)))
    }
}
