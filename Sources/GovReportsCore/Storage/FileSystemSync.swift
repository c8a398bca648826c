import CSystemShims
import Foundation

/// Makes a whole folder of freshly written files durable at once, before it is renamed into place.
enum FileSystemSync {
    /// Flushes the file system holding `folder` to disk (syncfs) and waits for it.
    static func flush(_ folder: URL) throws {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw PlainFileError(path: folder.path, errno: errno) }
        defer { close(fd) }
        guard govreports_syncfs(fd) == 0 else {
            throw PlainFileError(path: folder.path, errno: errno, writing: true)
        }
    }
}
