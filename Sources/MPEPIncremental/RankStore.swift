import Foundation
import MPEPRank

/// Each language's ranking as the last build computed it, in `.mpep-cache/rank/<code>.json`
/// with the key of its inputs (`CacheKeys.rank`). A cached ranking is the JSON of the value
/// computed before (Doubles round-trip), so a reused one gives the same bytes as a fresh one.
struct RankStore: Sendable {
    let folder: URL

    init(cacheFolder: URL) {
        folder = cacheFolder.appendingPathComponent("rank")
    }

    /// The language's ranking when the store holds it for `key`.
    func read(_ code: String, key: String) -> LanguageRanking? {
        guard let data = FileManager.default.contents(atPath: file(code).path),
              let entry = try? CacheJSON.decoder.decode(Entry.self, from: data), entry.key == key else { return nil }
        return entry.ranking
    }

    func write(_ ranking: LanguageRanking, code: String, key: String) {
        guard let data = try? CacheJSON.encoder.encode(Entry(key: key, ranking: ranking)) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: file(code), options: .atomic)
    }

    private func file(_ code: String) -> URL {
        folder.appendingPathComponent("\(code).json")
    }

    private struct Entry: Codable {
        var key: String
        var ranking: LanguageRanking
    }
}
