import Foundation
import NIOConcurrencyHelpers

/// The fetch archive (`fetch.warc: true`): every fetched response, with the request that asked for it, appended to
/// `output/archive/YYYYMMDD.warc.gz` (UTC day), one gzip member per record. An exchange is written with one write
/// and a flush, and cut back off if the write fails, so the file is always whole records; a file that a killed
/// process left with a torn last record is trimmed back to its whole records before the next append. Only today's
/// file is ever opened: archives of earlier days are never touched.
public final class WARCArchive: Sendable {
    /// The archive folder's name inside the output folder.
    public static let folderName = "archive"

    /// Where the day files go.
    public let folder: URL
    /// Today, for the file name and WARC-Date (tests pass a fixed one).
    let clock: @Sendable () -> Date
    /// Day files this process has checked (and trimmed if torn), under the lock that orders appends.
    private let checked = NIOLockedValueBox<Set<String>>([])

    /// Creates the archive for an output folder's `archive/` (or any folder).
    public init(folder: URL, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.folder = folder
        self.clock = clock
    }

    /// `YYYYMMDD.warc.gz` for a UTC day.
    public static func fileName(for date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d%02d%02d.warc.gz", parts.year!, parts.month!, parts.day!)
    }

    /// Appends the request and response records of one HTTP exchange (body as stored: decompressed).
    public func append(url: URL, requestHeaders: [WARCField], status: Int, reason: String,
                       responseHeaders: [WARCField], body: [UInt8]) throws(WARCError) {
        let now = clock()
        let records = WARCRecordWriter.exchange(
            uri: url.absoluteString, date: now, request: WARCRecordWriter.httpRequest(url, headers: requestHeaders),
            responseHead: WARCRecordWriter.httpResponseHead(status: status, reason: reason, headers: responseHeaders,
                                                            bodyLength: body.count),
            body: body)
        // Response first (what readers index), its request after, as wget and Heritrix write them.
        try append(Gzip.member(records.response) + Gzip.member(records.request), date: now)
    }

    /// Appends already compressed members to the day file of `date`, whole or not at all.
    func append(_ members: [UInt8], date: Date) throws(WARCError) {
        let name = Self.fileName(for: date)
        let path = folder.appendingPathComponent(name).path
        let result: Result<Void, WARCError> = checked.withLockedValue { checked in
            do {
                try PlainFile.makeDirectories(folder.path)
            } catch {
                return .failure(.unwritable(archive: path, code: (error as? PlainFileError)?.code ?? EIO))
            }
            let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .failure(.unwritable(archive: path, code: errno)) }
            defer { close(fd) }
            if !checked.contains(name) {
                let whole = Self.wholeLength(path)
                if let whole, ftruncate(fd, off_t(whole)) != 0 { return .failure(.unwritable(archive: path, code: errno)) }
                checked.insert(name)
            }
            let start = lseek(fd, 0, SEEK_END)
            guard start >= 0 else { return .failure(.unwritable(archive: path, code: errno)) }
            let bytes = start == 0 ? Gzip.member(WARCRecordWriter.warcinfo(fileName: name, date: date)) + members : members
            var written = 0
            while written < bytes.count {
                let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + written, $0.count - written, start + off_t(written)) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    let code = n < 0 ? errno : ENOSPC
                    // Cut the partial exchange off: the file stays whole records.
                    _ = ftruncate(fd, start)
                    return .failure(.unwritable(archive: path, code: code))
                }
                written += n
            }
            guard fsync(fd) == 0 else {
                let code = errno
                _ = ftruncate(fd, start)
                return .failure(.unwritable(archive: path, code: code))
            }
            return .success(())
        }
        try result.get()
    }

    /// The length of the whole records at the start of an archive when it ends in a torn one (a killed writer),
    /// else nil (whole, empty or missing: nothing to trim).
    static func wholeLength(_ path: String) -> Int? {
        guard let reader = try? WARCReader(path: path) else { return nil }
        var lastWhole: WARCPosition?
        while let header = try? reader.next() {
            if (try? reader.finishRecord()) == true { lastWhole = header.position }
        }
        let torn = reader.takeIssues().filter { lastWhole == nil || $0.position > lastWhole! }
        return torn.map(\.position.member).min()
    }
}
