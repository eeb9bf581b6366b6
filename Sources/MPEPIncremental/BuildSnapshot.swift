import Foundation
import MPEPContent

/// What the last successful build saw of each language folder: a stamp of its files (`FileStamp`),
/// its content hash, and the problems found in it.
///
/// The next build compares stamps before loading anything: a folder with the recorded stamp is
/// taken to have the recorded hash without reading it (else it is hashed, which is still far
/// cheaper than parsing it). A language whose hash is the recorded one, and whose ranking and
/// pages the cache holds for it, is read in outline (`IncrementalCache`): a one-file change reads
/// one language instead of the whole tree, and the others' problems come from here.
struct BuildSnapshot: Codable, Sendable {
    struct Language: Codable, Sendable {
        var stamp: String
        /// The folder's content hash (`TreeHashes`), part of the keys of its cached ranking and pages.
        var tree: String
        /// The loader's and the checker's findings in the folder's files (warnings: a build with
        /// errors records nothing).
        var diagnostics: [Diagnostic]
    }

    var languages: [String: Language]

    static func read(from cacheFolder: URL) -> BuildSnapshot? {
        guard let data = FileManager.default.contents(atPath: file(cacheFolder).path) else { return nil }
        return try? CacheJSON.decoder.decode(BuildSnapshot.self, from: data)
    }

    func write(to cacheFolder: URL) {
        guard let data = try? CacheJSON.encoder.encode(self) else { return }
        try? FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        try? data.write(to: Self.file(cacheFolder), options: .atomic)
    }

    /// The recorded hash of a language folder whose stamp is `stamp` now, when the stamp says
    /// nothing was written there since (an unsettled stamp says nothing).
    func knownHash(_ code: String, stamp: String) -> ContentHash? {
        guard stamp != FileStamp.unsettled, let recorded = languages[code], recorded.stamp == stamp else { return nil }
        return ContentHash(hex: recorded.tree)
    }

    private static func file(_ cacheFolder: URL) -> URL {
        cacheFolder.appendingPathComponent("snapshot-2.json")
    }

    /// The stamp of every language folder of a content tree, taken before it is loaded.
    static func stamps(content: URL) -> [String: String] {
        let folder = content.appendingPathComponent("languages")
        var stamps: [String: String] = [:]
        for code in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            stamps[code] = FileStamp.tree(folder.appendingPathComponent(code))
        }
        return stamps
    }
}
