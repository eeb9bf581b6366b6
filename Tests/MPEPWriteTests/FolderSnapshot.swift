import Foundation

/// Every file and folder under a root, with each file's bytes: two snapshots are equal when
/// the trees are byte-identical.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    var entries: [String: Data?] = [:]

    init(_ root: URL) {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root.path) else { return }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            entries[relative] = isDirectory.boolValue
                ? .some(nil) : manager.contents(atPath: root.appendingPathComponent(relative).path)
        }
    }

    var description: String { entries.keys.sorted().joined(separator: ", ") }
}

/// Names in a folder, sorted.
func names(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

func inode(_ url: URL) -> UInt64? {
    (try? FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
}
