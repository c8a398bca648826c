import Foundation

/// One line of a corpus's own `expected.jsonl`: file name plus gold metadata fields.
struct ExpectedDocument: Decodable {
    /// File name in the corpus folder.
    var file: String
    /// Metadata fields in the gold `documents.jsonl` format.
    var fields: GoldDocument

    /// JSON keys besides the metadata.
    enum CodingKeys: String, CodingKey { case file }

    /// Decodes the file name, then the metadata fields from the same object.
    init(from decoder: any Decoder) throws {
        file = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .file)
        fields = try GoldDocument(fromExpected: decoder, doc: (file as NSString).deletingPathExtension)
    }

    /// The metadata as a gold document named by the file's stem.
    var gold: GoldDocument { fields }
}
