/// The report's reads of the normalize and extract records.
extension ArtifactStore {
    /// A document's normalize record; its text, when equal to `knownText` (the extract record's), is compared in
    /// place and shares that string's storage instead of being decoded a second time.
    func readNormalized(docID: String, knownText: String) throws -> NormalizedDocument {
        try ExtractRecordReader.decodeNormalized(try PlainFile.read(recordPath(.normalize, docID: docID)), knownText: knownText)
    }

    /// A document's extract record as the report reads it (`ExtractRecordReader.decodeForReport`: no table cells,
    /// no quantity sentences).
    func readExtractForReport(docID: String) throws -> ExtractedDocument {
        try ExtractRecordReader.decodeForReport(try PlainFile.read(recordPath(.extract, docID: docID)))
    }
}
