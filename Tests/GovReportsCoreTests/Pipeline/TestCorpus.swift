import Foundation
@testable import GovReportsCore

/// A throwaway corpus folder with a few small reports, plus a runner over it.
struct TestCorpus {
    /// Root temporary folder.
    let root: URL
    /// Folder of documents.
    var docs: URL { root.appendingPathComponent("docs") }
    /// Output folder.
    var output: URL { root.appendingPathComponent("out") }

    /// Report bodies written by the tests (invented text in the genre).
    static let reports = [
        "a.txt": "某县司法局2022年度法治政府建设工作报告\n2022年,我局办理行政许可120件,开展普法活动15场。\n一、主要举措和成效\n全年培训执法人员300人次。\n某县司法局\n2023年1月10日\n",
        "b.txt": "某区民政局关于2021年度法治政府建设情况的报告\n2021年,新登记社会组织12家,注销3家。\n扫一扫在手机打开当前页\n",
        "c.txt": "某市市场监督管理局2023年依法行政工作总结\n全年办结投诉举报1,250件,满意度达98.6%。\n",
    ]

    /// Creates the folder with the reports.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("govreports-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
        for (name, text) in Self.reports {
            try Data(text.utf8).write(to: root.appendingPathComponent("docs").appendingPathComponent(name))
        }
    }

    /// A runner with default config whose only source is the docs folder.
    func runner(_ mutate: (inout PipelineConfig) -> Void = { _ in }) -> PipelineRunner {
        var config = PipelineConfig()
        config.sources = [SourceSpec(path: "docs")]
        config.output = "out"
        mutate(&config)
        return PipelineRunner(config: config, baseDirectory: root, output: output, logger: .init(label: "test"))
    }

    /// Overwrites one document.
    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: docs.appendingPathComponent(name))
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension RunReport {
    /// Tallies of one stage.
    func counts(_ stage: StageName) -> StageCounts { stages[stage.rawValue] ?? StageCounts() }
}
