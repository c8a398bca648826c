/// The report's read of a normalize record.
extension ArtifactStore {
    /// A document's normalize record; its text, when equal to `knownText` (the extract record's), is compared in
    /// place and shares that string's storage instead of being decoded a second time.
    func readNormalized(docID: String, knownText: String) throws -> NormalizedDocument {
        try ExtractRecordReader.decodeNormalized(try PlainFile.read(recordPath(.normalize, docID: docID)), knownText: knownText)
    }
}
