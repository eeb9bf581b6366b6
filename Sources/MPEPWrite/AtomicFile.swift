#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Replaces one file so that readers see the old bytes or the new, never a mix or nothing:
/// for the README and other files the build rewrites in the repository.
public enum AtomicFile {
    /// Writes `data` to a hidden temporary file in the same folder (`.<name>.tmp-<random>`),
    /// fsyncs it, renames it over `url`, then fsyncs the folder so the rename survives a
    /// power loss. The file keeps its permission bits if it existed (0644 otherwise).
    public static func replace(_ url: URL, with data: Data) throws(WriteError) {
        let target = url.standardizedFileURL.path
        let folder = url.standardizedFileURL.deletingLastPathComponent().path
        var info = stat()
        let mode: mode_t = stat(target, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        var generator = SystemRandomNumberGenerator()
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-"
            + String(generator.next() as UInt64, radix: 16)
        try POSIX.createFile(temporary, data, mode: mode, sync: true)
        // open() applied the umask; the mode must be the old file's exactly.
        chmod(temporary, mode)
        guard rename(temporary, target) == 0 else {
            let failure = POSIX.failure("rename", target)
            unlink(temporary)
            throw failure
        }
        try POSIX.sync(folder)
    }
}
