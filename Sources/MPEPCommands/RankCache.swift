import Foundation
import MPEPContent
import MPEPRank

/// The rank stage's part of the incremental build: each language's ranking stored under
/// `.mpep-cache/rank/` beside the output, keyed by a hash of everything it is computed from
/// (the language's folder, the source prompts, judges, models, site.yml, the rank options and
/// the mpep executable itself). A build after one changed file re-ranks only the language it
/// belongs to; a change to a shared file re-ranks all. The result is the same bytes as a clean
/// build: a cached ranking is the JSON of the value computed before (Doubles round-trip).
final class RankCache: @unchecked Sendable {
    let folder: URL
    private let sharedKey: ContentHash
    private let contentRoot: URL
    private let trees: TreeHashes
    private let lock = NSLock()
    private var computed: [String] = []

    init(folder: URL, contentRoot: URL, options: RankOptions, trees: TreeHashes = TreeHashes()) {
        self.folder = folder.appendingPathComponent("rank")
        self.contentRoot = contentRoot
        self.trees = trees
        var shared = ContentHash()
        shared.add("mpep rank cache 2\n\(options)\n")
        shared.add(Self.executableStamp)
        for name in ["site.yml", "prompts.jsonl", "judges", "models"] {
            shared.addTree(contentRoot.appendingPathComponent(name))
        }
        sharedKey = shared
    }

    /// Languages ranked afresh in this build (the others came from the cache), by code.
    var recomputed: [String] { lock.withLock { computed.sorted() } }

    /// Keeps a ranking just computed (`Ranker.rank`'s `keep`), for the next build.
    func keep(_ language: LanguageContent, _ ranking: LanguageRanking) {
        lock.withLock { computed.append(language.info.code) }
        if let data = try? CacheJSON.encoder.encode(Entry(key: key(language), ranking: ranking)) {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? data.write(to: file(language), options: .atomic)
        }
    }

    /// The language's ranking as the cache holds it for its current inputs, nil if it does not.
    func stored(_ language: LanguageContent) -> LanguageRanking? {
        guard let data = FileManager.default.contents(atPath: file(language).path),
              let entry = try? CacheJSON.decoder.decode(Entry.self, from: data), entry.key == key(language) else { return nil }
        return entry.ranking
    }

    private func key(_ language: LanguageContent) -> String {
        var key = sharedKey
        key.add(language.info.code)
        key.add(trees.hash(contentRoot.appendingPathComponent(ContentLayout.languageFolder(language.info.code))))
        return key.hex
    }

    private func file(_ language: LanguageContent) -> URL {
        folder.appendingPathComponent("\(language.info.code).json")
    }

    private struct Entry: Codable {
        var key: String
        var ranking: LanguageRanking
    }

    /// A changed mpep (a new build of the executable) may rank differently: its size and
    /// modification time are part of every key.
    static let executableStamp: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()
}
