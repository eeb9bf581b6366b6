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

    /// One file per language (`.mpep-cache/snapshot/<code>.json`), like the rank and page stores,
    /// so the caches of shards built apart merge by copying their folders into one.
    static func read(from cacheFolder: URL) -> BuildSnapshot {
        let folder = self.folder(cacheFolder)
        var languages: [String: Language] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let language = try? CacheJSON.decoder.decode(Language.self, from: data) else { continue }
            languages[String(name.dropLast(5))] = language
        }
        return BuildSnapshot(languages: languages)
    }

    /// Writes each language's record (the others' stay: a shard records only its own).
    func write(to cacheFolder: URL) {
        let folder = Self.folder(cacheFolder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (code, language) in languages {
            guard let data = try? CacheJSON.encoder.encode(language) else { continue }
            try? data.write(to: folder.appendingPathComponent(code + ".json"), options: .atomic)
        }
    }

    /// The recorded hash of a language folder whose stamp is `stamp` now, when the stamp says
    /// nothing was written there since (an unsettled stamp says nothing).
    func knownHash(_ code: String, stamp: String) -> ContentHash? {
        guard stamp != FileStamp.unsettled, let recorded = languages[code], recorded.stamp == stamp else { return nil }
        return ContentHash(hex: recorded.tree)
    }

    private static func folder(_ cacheFolder: URL) -> URL {
        cacheFolder.appendingPathComponent("snapshot")
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
