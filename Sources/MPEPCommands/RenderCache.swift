import Foundation
import MPEPContent
import MPEPRank
import MPEPRender

/// The render stage's part of the incremental build: each language's own files (leaderboard page
/// and data, prompt and model pages) are listed under `.mpep-cache/render/` beside the output,
/// keyed by a hash of everything they are drawn from: the language's folder and ranking, every
/// other content file outside `languages/`, the templates, the build's options and the mpep
/// executable. An unchanged language's files are taken from the output folder, each checked
/// against the size and hash recorded when it was rendered (a file edited or lost there is
/// rendered again), and hard-linked into the new site by the write stage.
final class RenderCache: LanguagePagesCache, @unchecked Sendable {
    let folder: URL
    private let output: URL
    private let contentRoot: URL
    private let trees: TreeHashes
    private let sharedKey: ContentHash
    private let lock = NSLock()
    private var rendered: [String] = []
    private var keys: [String: String] = [:]
    /// Each language's answer from `files(for:ranking:)`, so asking twice costs once.
    private var looked: [String: [RenderedFile]?] = [:]

    init(folder: URL, output: URL, contentRoot: URL, templates: URL, options: [String], trees: TreeHashes) {
        self.folder = folder.appendingPathComponent("render")
        self.output = output
        self.contentRoot = contentRoot
        self.trees = trees
        var shared = ContentHash()
        shared.add("mpep render cache 1\n" + options.joined(separator: "\n"))
        shared.add(RankCache.executableStamp)
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: contentRoot.path)) ?? []).sorted()
        for name in entries where name != "languages" {
            shared.add(name)
            shared.addTree(contentRoot.appendingPathComponent(name))
        }
        shared.addTree(templates)
        sharedKey = shared
    }

    /// Languages whose files were rendered in this build (the others came from the cache), by code.
    var recomputed: [String] { lock.withLock { rendered.sorted() } }

    /// A language's key, computed once per build: a language rendered afresh asks for it twice
    /// (to look up, then to store), and it encodes the whole ranking.
    private func key(_ language: LanguageContent, _ ranking: LanguageRanking?) -> String {
        let code = language.info.code
        if let known = lock.withLock({ keys[code] }) { return known }
        var key = sharedKey
        key.add(code)
        key.add(trees.hash(contentRoot.appendingPathComponent(ContentLayout.languageFolder(code))))
        key.add((try? CacheJSON.encoder.encode(ranking)) ?? Data())
        lock.withLock { keys[code] = key.hex }
        return key.hex
    }

    func files(for language: LanguageContent, ranking: LanguageRanking?) -> [RenderedFile]? {
        let code = language.info.code
        if let known = lock.withLock({ looked[code] }) { return known }
        let reused: [RenderedFile]? = {
            guard let entry = entry(code), entry.key == key(language, ranking) else { return nil }
            var files: [RenderedFile] = []
            for stored in entry.files {
                let url = output.appendingPathComponent(stored.path)
                guard let bytes = try? Data(contentsOf: url, options: .alwaysMapped), bytes.count == stored.size else { return nil }
                // A file whose stamp is the one recorded after the last write is as it was written;
                // any other is read and compared.
                if stored.stamp == nil || FileStamp.of(url.path) != stored.stamp {
                    guard Self.hash(bytes) == stored.hash else { return nil }
                }
                files.append(RenderedFile(path: stored.path, data: bytes, origin: url.path))
            }
            return files
        }()
        lock.withLock {
            looked[code] = .some(reused)
            if reused == nil { rendered.append(code) }
        }
        return reused
    }

    func store(_ files: [RenderedFile], for language: LanguageContent, ranking: LanguageRanking?) {
        let entry = Entry(key: key(language, ranking),
                          files: files.map { Entry.File(path: $0.path, size: $0.data.count, hash: Self.hash($0.data)) })
        write(entry, language.info.code)
    }

    /// Records the stamp of every cached file as the write stage left it (hard links change a
    /// file's change time, so reused files too), for `files(for:ranking:)` to trust next time.
    func recordStamps(_ codes: [String]) {
        for code in codes {
            guard var entry = entry(code) else { continue }
            for i in entry.files.indices {
                entry.files[i].stamp = FileStamp.of(output.appendingPathComponent(entry.files[i].path).path)
            }
            write(entry, code)
        }
    }

    private func entry(_ code: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: entryFile(code).path) else { return nil }
        return try? CacheJSON.decoder.decode(Entry.self, from: data)
    }

    private func write(_ entry: Entry, _ code: String) {
        guard let data = try? CacheJSON.encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: entryFile(code), options: .atomic)
    }

    private func entryFile(_ code: String) -> URL {
        folder.appendingPathComponent("\(code).json")
    }

    private static func hash(_ data: Data) -> String {
        var hash = ContentHash()
        hash.add(data)
        return hash.hex
    }

    private struct Entry: Codable {
        struct File: Codable {
            var path: String
            var size: Int
            var hash: String
            /// `FileStamp` of the written file, recorded after the write stage.
            var stamp: String?
        }

        var key: String
        var files: [File]
    }
}
