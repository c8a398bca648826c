import Testing
@testable import GovReportsCore

/// `RecordKeeper` hands back only the output a state row names, and never holds more than its budget.
@Suite struct RecordKeeperTests {
    /// A kept record comes back under its identity only; `take` releases it, `record` leaves it.
    @Test func identityDecides() {
        let keeper = RecordKeeper<String>(budget: 100)
        keeper.keep("v1", docID: "a", identity: "sha1", bytes: 10)
        #expect(keeper.record(docID: "a", identity: "sha2") == nil)
        #expect(keeper.record(docID: "a", identity: nil) == nil)
        #expect(keeper.record(docID: "a", identity: "sha1") == "v1")
        #expect(keeper.take(docID: "a", identity: "sha1") == "v1")
        #expect(keeper.take(docID: "a", identity: "sha1") == nil)
        #expect(keeper.record(docID: "b", identity: "sha1") == nil)
    }

    /// A newer output of the same document replaces the older one.
    @Test func laterOutputReplaces() {
        let keeper = RecordKeeper<String>(budget: 100)
        keeper.keep("old", docID: "a", identity: "sha1", bytes: 10)
        keeper.keep("new", docID: "a", identity: "sha2", bytes: 10)
        #expect(keeper.record(docID: "a", identity: "sha1") == nil)
        #expect(keeper.record(docID: "a", identity: "sha2") == "new")
    }

    /// Past the budget records are not kept (readers go to the store), and taking one frees no budget.
    @Test func budgetBoundsTheRun() {
        let keeper = RecordKeeper<String>(budget: 25)
        keeper.keep("a", docID: "a", identity: "1", bytes: 10)
        keeper.keep("b", docID: "b", identity: "2", bytes: 10)
        keeper.keep("c", docID: "c", identity: "3", bytes: 10)
        #expect(keeper.record(docID: "c", identity: "3") == nil)
        #expect(keeper.take(docID: "a", identity: "1") == "a")
        keeper.keep("d", docID: "d", identity: "4", bytes: 10)
        #expect(keeper.record(docID: "d", identity: "4") == nil)
        #expect(keeper.record(docID: "b", identity: "2") == "b")
    }
}
