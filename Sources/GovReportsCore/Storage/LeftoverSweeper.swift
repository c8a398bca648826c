import Foundation

/// Removes what a killed run left half-written in an output folder: export staging folders, a `texts/` folder
/// set aside mid-swap, and temporary files never renamed into place. Called only under the run lock, when no
/// living run can own them; without it every kill during export would leave a full copy of the datasets behind.
enum LeftoverSweeper {
    /// Name prefixes of the staging folders `ExportStage` makes in the output folder.
    static let folderPrefixes = [".export-", ".texts-old-"]

    /// Sweeps `output`, each `stages/<stage>/` folder and the saved listings; returns the paths it removed.
    @discardableResult
    static func sweep(_ output: URL) -> [String] {
        let fm = FileManager.default
        let stages = output.appendingPathComponent("stages")
        var folders = [output, stages.appendingPathComponent("fetch").appendingPathComponent("listings")]
        if let names = try? fm.contentsOfDirectory(atPath: stages.path) {
            folders += names.map { stages.appendingPathComponent($0) }
        }
        var removed: [String] = []
        for folder in folders {
            guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where isTemporaryFile(name) || (folder == output && folderPrefixes.contains { name.hasPrefix($0) }) {
                let url = folder.appendingPathComponent(name)
                if (try? fm.removeItem(at: url)) != nil { removed.append(url.path) }
            }
        }
        return removed
    }

    /// Whether `name` is an `AtomicFile` temporary (`.<name>.tmp-<pid>-<random>`).
    static func isTemporaryFile(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }
}
