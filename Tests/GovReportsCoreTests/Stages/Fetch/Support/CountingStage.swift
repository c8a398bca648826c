import Foundation
import NIOConcurrencyHelpers
@testable import GovReportsCore

/// A stand-in downstream stage (named clean) that counts how often it really runs.
struct CountingStage: DocumentStage {
    /// Poses as the clean stage, so its input is fetch's output identity.
    static let name = StageName.clean
    /// Number of `process` calls.
    let runs: NIOLockedValueBox<Int>

    /// Counts the call and records which fetch bytes it saw.
    func process(_ document: SourceDocument, store: ArtifactStore) throws -> String {
        runs.withLockedValue { $0 += 1 }
        return try store.read(FetchRecord.self, stage: .fetch, docID: document.docID).sha256
    }
}
