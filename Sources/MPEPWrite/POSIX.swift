#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CAtomicFiles
import Foundation

/// The system calls behind `SiteWriter` and `AtomicFile`, each turning `errno` into a
/// `WriteError` that names the path.
enum POSIX {
    static func failure(_ operation: String, _ path: String, _ code: Int32 = errno) -> WriteError {
        WriteError(.io, path: path, "\(operation) failed: \(String(cString: strerror(code)))")
    }

    /// Creates `path` with exactly `data`; `O_EXCL`, so an existing file is never overwritten.
    static func createFile(_ path: String, _ data: Data, mode: mode_t = 0o644, sync: Bool) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("create", path) }
        var failed: WriteError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = failure("write", path)
                    return
                }
                offset += written
            }
        }
        if failed == nil, sync, fsync(fd) != 0 { failed = failure("fsync", path) }
        if close(fd) != 0, failed == nil { failed = failure("close", path) }
        if let failed {
            unlink(path)
            throw failed
        }
    }

    /// `mkdir -p` below an existing folder, tolerant of other threads making the same folders.
    /// A hard link at `path` to `existing`; false when the system refuses (another file system, say).
    static func hardLink(_ existing: String, _ path: String) -> Bool {
        link(existing, path) == 0
    }

    static func makeDirectories(_ components: ArraySlice<String>, under root: String) throws(WriteError) {
        var path = root
        for component in components {
            path += "/" + component
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw failure("mkdir", path) }
        }
    }

    /// Flushes a file or folder (a folder's fsync makes the names in it durable).
    static func sync(_ path: String) throws(WriteError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync", path) }
    }

    /// Makes everything written under `folder` durable: one `syncfs` on Linux, otherwise an
    /// fsync of every file and folder in the tree.
    static func syncTree(_ folder: String) throws(WriteError) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", folder) }
        let result = mpep_sync_file_system(fd)
        let code = errno
        close(fd)
        if result == 0 { return }
        guard code == ENOSYS else { throw failure("syncfs", folder, code) }
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            try sync(folder + "/" + relative)
        }
        try sync(folder)
    }

    /// Whether something exists at `path` without following a final symbolic link, and if so
    /// whether it is a folder.
    static func kind(_ path: String) -> (exists: Bool, isDirectory: Bool) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (false, false) }
        return (true, (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// Releases an `flock` and closes its descriptor. `close` alone is not enough: the lock
    /// belongs to the open file description, which a child process forked by another thread
    /// shares until it calls `exec` (`O_CLOEXEC` closes it only then), so for that moment the
    /// lock outlives the `close` and the next `begin()` of this process is refused as "another
    /// build". A test suite that spawns processes in parallel with a build loop hit exactly this.
    static func unlockAndClose(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
