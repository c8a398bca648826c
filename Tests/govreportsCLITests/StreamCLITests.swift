import Foundation
import Testing

/// `govreports stream` and `export --from-stream` through the binary: exit codes, a bad line, shard flags, and the
/// datasets of the merged stream equal to `run`'s.
@Suite(.serialized) struct StreamCLITests {
    /// Runs a shell command line in `cwd` with `$GOV` set to the binary.
    func shell(_ script: String, cwd: URL) throws -> (status: Int32, out: String, err: String) {
        try CLITests().run(executable: URL(fileURLWithPath: "/bin/sh"),
                           ["-c", "GOV='\(CLITests.binary.path)'; " + script], cwd: cwd)
    }

    /// Two documents and a broken line stream with exit 0, one line each; two shard outputs merge into datasets
    /// equal to `run`'s; bad flags exit 64.
    @Test func streamExportAndFlags() throws {
        let root = try CLITests().project()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = """
            {"id":"a","source":"docs/a.txt","text":"某县司法局2022年度法治政府建设工作报告\\n全年办理行政许可120件。\\n"}
            {"id":"b","source":"docs/b.txt","text":"某区民政局2021年度工作总结\\n新登记社会组织12家。\\n"}
            {broken

            """
        try Data(input.utf8).write(to: root.appendingPathComponent("in.jsonl"))
        let whole = try shell("\"$GOV\" stream --quiet < in.jsonl", cwd: root)
        #expect(whole.status == 0, "\(whole.err)")
        let lines = whole.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"doc_id":""#) && lines[0].contains(#""status":"ok""#))
        #expect(lines[2].contains(#""code":"input-invalid""#))
        let sharded = try shell("""
            "$GOV" stream --quiet --shard 0/2 < in.jsonl > p0 && "$GOV" stream --quiet --shard 1/2 < in.jsonl > p1 \
            && SOURCE_DATE_EPOCH=1700000000 "$GOV" export --quiet --from-stream p0 p1 --output merged \
            && SOURCE_DATE_EPOCH=1700000000 "$GOV" run --quiet \
            && for f in documents.csv quantities.csv diagnostics.jsonl dataset.sqlite datapackage.json codebook.csv; do cmp output/$f merged/$f || exit 9; done \
            && cat p0 p1 | wc -l
            """, cwd: root)
        #expect(sharded.status == 0, "\(sharded.err)")
        #expect(sharded.out.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
        #expect(try shell("\"$GOV\" stream --shard 2/2 < in.jsonl", cwd: root).status == 64)
        #expect(try shell("\"$GOV\" run --shard x", cwd: root).status == 64)
        let noParts = try shell("\"$GOV\" export", cwd: root)
        #expect(noParts.status == 64 && noParts.err.contains("run export"))
        let notStream = try shell("\"$GOV\" export --from-stream in.jsonl --output x", cwd: root)
        #expect(notStream.status == 64 && notStream.err.contains("in.jsonl:1"))
    }
}
