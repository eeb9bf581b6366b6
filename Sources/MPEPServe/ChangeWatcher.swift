import Foundation

/// Notices changes under some folders by polling: every file's size and modification time.
/// Polling is plain and portable (no inotify or FSEvents); a few thousand files take
/// milliseconds to list.
public struct ChangeWatcher: Sendable {
    public let folders: [URL]
    private var last: [String: Stamp]

    struct Stamp: Equatable {
        var size: Int
        var modified: Double
    }

    public init(folders: [URL]) {
        self.folders = folders
        last = Self.stamps(folders)
    }

    /// Whether anything was added, removed or changed since the previous call (or `init`).
    public mutating func changed() -> Bool {
        let now = Self.stamps(folders)
        defer { last = now }
        return now != last
    }

    static func stamps(_ folders: [URL]) -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        for folder in folders {
            guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in walk {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                result[url.path] = Stamp(size: values.fileSize ?? 0,
                                         modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
        return result
    }
}
