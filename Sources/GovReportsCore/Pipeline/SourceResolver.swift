import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands configured sources (files, folders, globs, URLs, URL lists) into documents with stable ids.
public struct SourceResolver: Sendable {
    /// File extensions taken from folders and globs: pages, text, and the attachment formats clean reads or names.
    public static let extensions: Set<String> = ["html", "htm", "shtml", "txt", "pdf", "docx", "doc", "wps", "ofd"]

    /// Folder that relative paths are resolved against (the config file's folder).
    public let baseDirectory: URL
    /// Collects what WARC sources' scans found wrong (bad records) and skipped; nil: not kept.
    public let warcLog: WARCScanLog?

    /// Creates a resolver for paths relative to `baseDirectory`.
    public init(baseDirectory: URL, warcLog: WARCScanLog? = nil) {
        self.baseDirectory = baseDirectory.standardizedFileURL
        self.warcLog = warcLog
    }

    /// Resolves every source in order; duplicates (same doc id) are kept once.
    public func resolve(_ specs: [SourceSpec], keyPrefix: String = "sources") throws(SourceError) -> [SourceDocument] {
        var seen = Set<String>()
        var out: [SourceDocument] = []
        for (index, spec) in specs.enumerated() {
            let key = "\(keyPrefix)[\(index)]"
            for doc in try resolve(spec, keyPath: key) where seen.insert(doc.docID).inserted {
                out.append(doc)
            }
        }
        return out
    }

    /// Resolves one source entry.
    func resolve(_ spec: SourceSpec, keyPath: String) throws(SourceError) -> [SourceDocument] {
        if let path = spec.path { return try files(path, keyPath: "\(keyPath).path") }
        if let warc = spec.warc { return try archives(warc, keyPath: "\(keyPath).warc") }
        if let url = spec.url { return [try remote(url, keyPath: "\(keyPath).url")] }
        if let list = spec.urlList {
            let url = absolute(list)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw .unreadableList(keyPath: "\(keyPath).urlList", path: list)
            }
            var docs: [SourceDocument] = []
            for line in text.split(whereSeparator: \.isNewline) {
                let entry = line.trimmingCharacters(in: .whitespaces)
                if entry.isEmpty || entry.hasPrefix("#") { continue }
                docs.append(try remote(entry, keyPath: "\(keyPath).urlList"))
            }
            return docs
        }
        // Listing pages must be downloaded first: `ListingExpander` does that once per run and saves the links.
        return []
    }

    /// A document for an http(s) URL.
    func remote(_ url: String, keyPath: String) throws(SourceError) -> SourceDocument {
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw .badURL(keyPath: keyPath, url: url) }
        return SourceDocument(docID: DocumentID.make(source: url), source: url, url: url)
    }

    /// Files for a path that is a file, a folder (recursive) or a glob, sorted for stable order.
    func files(_ path: String, keyPath: String) throws(SourceError) -> [SourceDocument] {
        let url = absolute(path)
        if path.contains("*") || path.contains("?") || path.contains("[") {
            let matches = Self.glob(url.path).filter { Self.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            if matches.isEmpty { throw .noMatch(keyPath: keyPath, pattern: path) }
            return matches.sorted().map(document)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw .notFound(keyPath: keyPath, path: path)
        }
        if !isDir.boolValue { return [document(url.path)] }
        var found: [String] = []
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
        // `url` is standardized and the enumerator appends plain names to it, so each item's path is already
        // standardized; `standardizedFileURL` and `pathExtension` per file were most of a 10,000-page no-op's listing.
        while let item = enumerator?.nextObject() as? URL {
            let path = item.path
            if Self.extensions.contains(Self.fileExtension(path)) { found.append(path) }
        }
        let base = basePath
        return found.sorted().map { document($0, base: base) }
    }

    /// The HTML page records of the WARC archives a path or glob names (see `WARCSourceScanner`).
    func archives(_ pattern: String, keyPath: String) throws(SourceError) -> [SourceDocument] {
        let url = absolute(pattern)
        var paths: [String]
        if pattern.contains("*") || pattern.contains("?") || pattern.contains("[") {
            paths = Self.glob(url.path).sorted()
            if paths.isEmpty { throw .noMatch(keyPath: keyPath, pattern: pattern) }
        } else {
            guard FileManager.default.fileExists(atPath: url.path) else { throw .notFound(keyPath: keyPath, path: pattern) }
            paths = [url.path]
        }
        let base = basePath
        let names = paths.map { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 }
        do {
            let scan = try WARCSourceScanner.scan(paths, names: names)
            warcLog?.add(scan)
            return scan.documents
        } catch {
            throw .unreadableArchive(keyPath: keyPath, path: pattern, reason: error.description)
        }
    }

    /// The lowercased extension of a path's last component, by Foundation's `pathExtension` rules: "" when the name
    /// has no dot, when only dots come before its last dot, or when the extension holds a space.
    static func fileExtension(_ path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")),
              name.utf8[..<dot].contains(where: { $0 != UInt8(ascii: ".") }) else { return "" }
        let ext = name[name.utf8.index(after: dot)...]
        return ext.utf8.contains(UInt8(ascii: " ")) ? "" : ext.lowercased()
    }

    /// The base folder's path with a trailing slash.
    var basePath: String {
        baseDirectory.path.hasSuffix("/") ? baseDirectory.path : baseDirectory.path + "/"
    }

    /// A document for an absolute file path; its source is the path relative to the base folder when inside it.
    func document(_ absolutePath: String) -> SourceDocument {
        document(absolutePath, base: basePath)
    }

    /// `document(_:)` with the base folder's path (`basePath`) computed by the caller once for many files.
    func document(_ absolutePath: String, base: String) -> SourceDocument {
        let source = absolutePath.hasPrefix(base) ? String(absolutePath.dropFirst(base.count)) : absolutePath
        return SourceDocument(docID: DocumentID.make(source: source), source: source, path: absolutePath)
    }

    /// Resolves a possibly relative path against the base folder.
    func absolute(_ path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return baseDirectory.appendingPathComponent(expanded).standardizedFileURL
    }

    /// Expands a shell glob with glob(3).
    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { i in result.gl_pathv[i].map { String(cString: $0) } }
    }
}
