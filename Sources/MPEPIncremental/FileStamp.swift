#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MPEPContent

/// What files look like to `stat`: size, modification and change times, inode. Equal stamps mean
/// nothing was written to the file since (git's index relies on the same test), and a stamp costs
/// one system call where a content hash reads every byte. The change time cannot be set back by
/// `touch`, so an edit that restores a file's size and modification time still shows.
///
/// File times tick coarsely (a few milliseconds on Linux), so a file written twice within one
/// tick, the same size both times, would keep its stamp ("racy git"). A file changed within
/// `settling` seconds of being stamped is therefore not trusted: it gets no stamp (`unsettled`),
/// which never equals another, and is read again next time.
enum FileStamp {
    /// How long ago a file must have last changed for its stamp to be trusted.
    static let settling = 0.1
    /// The stamp of a file or folder that changed too recently to be trusted; equal to no stamp.
    static let unsettled = "unsettled"

    /// The stamp of one file, nil when it cannot be stat'ed or changed within `settling` seconds.
    static func of(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return of(info)
    }

    /// The stamp of what `stat` found (nil when it changed within `settling` seconds).
    static func of(_ info: stat) -> String? {
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        // The change time moves with every write (and every rename or link): the latest of the two.
        let age = Date().timeIntervalSince1970 - (Double(changed.tv_sec) + Double(changed.tv_nsec) / 1e9)
        guard age >= settling else { return nil }
        return "\(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec) \(info.st_ino)"
    }

    /// One stamp for a folder (or file): every entry under it by relative path, with its stamp.
    /// Adding, removing, renaming or writing any file changes it; `unsettled` when one changed
    /// within `settling` seconds, "missing" when there is nothing at `url`.
    static func tree(_ url: URL) -> String {
        var hash = ContentHash()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return "missing" }
        guard let own = of(url.path) else { return unsettled }
        hash.add(own)
        if isDirectory.boolValue {
            for relative in (FileManager.default.subpaths(atPath: url.path) ?? []).sorted() {
                guard let stamp = of(url.appendingPathComponent(relative).path) else { return unsettled }
                hash.add("\n" + relative + " " + stamp)
            }
        }
        return hash.hex
    }

    /// The running mpep executable's content hash: a new build of mpep may rank or render
    /// differently, so every cache key holds it. Its bytes, not its stamp: CI restores the same
    /// executable with new times, and a shard job runs the very file the merge job runs.
    static let executable: String = {
        #if os(Linux)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        var hash = ContentHash()
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            return "unreadable executable " + path
        }
        hash.add(bytes)
        return "executable " + hash.hex
    }()
}
