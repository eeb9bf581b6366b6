import Foundation
import MPEPContent

/// What files look like to `stat`: size, modification and change times, inode. Equal stamps mean
/// nothing was written to the file since (git's index relies on the same test), and a stamp costs
/// one system call where a content hash reads every byte. The change time cannot be set back by
/// `touch`, so an edit that restores a file's size and modification time still shows.
enum FileStamp {
    /// The stamp of one file, nil when it cannot be stat'ed.
    static func of(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec) \(info.st_ino)"
    }

    /// One stamp for a folder (or file): every entry under it by relative path, with its stamp.
    /// Adding, removing, renaming or writing any file changes it.
    static func tree(_ url: URL) -> String {
        var hash = ContentHash()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return "missing" }
        hash.add(of(url.path) ?? "unreadable")
        if isDirectory.boolValue {
            for relative in (FileManager.default.subpaths(atPath: url.path) ?? []).sorted() {
                hash.add("\n" + relative + " " + (of(url.appendingPathComponent(relative).path) ?? "unreadable"))
            }
        }
        return hash.hex
    }
}
