import Foundation
import MPEPContent
import MPEPParallel
import MPEPRank
import MPEPRender

/// The render stage's part of the incremental build: each language's own files (leaderboard page
/// and data, prompt and model pages) are listed under `.mpep-cache/render/` beside the output,
/// keyed by a hash of everything they are drawn from: the language's folder (and so its ranking),
/// every other content file outside `languages/`, the templates, the build's options and the mpep
/// executable. An unchanged language's files are taken from the output folder, each checked
/// against the size and hash recorded when it was rendered (a file edited or lost there is
/// rendered again), and hard-linked into the new site by the write stage.
///
/// Within a language rendered afresh, a prompt page is reused on its own when it was drawn from
/// the same inputs (`page(_:inputs:language:)`): one changed answer re-renders its prompt page,
/// and the others only if the models' order on them changed.
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
    /// The previous build's files of each language asked about, by path, read before `store` replaces them.
    private var previous: [String: [String: Entry.File]] = [:]
    /// Per language: what its pages share beyond the ranking (see `page(_:inputs:language:)`).
    private var pageBases: [String: ContentHash] = [:]
    private var reusedPageCount = 0
    /// Entries read or written in this build, by language.
    private var entries: [String: Entry?] = [:]

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
    /// Pages of those languages that were reused on their own.
    var reusedPages: Int { lock.withLock { reusedPageCount } }

    /// A language's key, computed once per build: a language rendered afresh asks for it twice
    /// (to look up, then to store). The ranking is not hashed: it is a function of what the key
    /// already holds (the language's folder, the content outside `languages/`, the build's options
    /// and the executable), and encoding it cost more than the rest of a reused language's checks.
    private func key(_ language: LanguageContent, _ ranking: LanguageRanking?) -> String {
        let code = language.info.code
        if let known = lock.withLock({ keys[code] }) { return known }
        var key = sharedKey
        key.add(code)
        key.add(trees.hash(contentRoot.appendingPathComponent(ContentLayout.languageFolder(code))))
        key.add(ranking == nil ? "unranked" : "ranked")
        lock.withLock { keys[code] = key.hex }
        return key.hex
    }

    func files(for language: LanguageContent, ranking: LanguageRanking?) -> [RenderedFile]? {
        let code = language.info.code
        if let known = lock.withLock({ looked[code] }) { return known }
        let entry = entry(code)
        let reused: [RenderedFile]? = {
            guard let entry, entry.key == key(language, ranking) else { return nil }
            var files: [RenderedFile] = []
            for stored in entry.files {
                guard let file = reuse(stored) else { return nil }
                files.append(file)
            }
            return files
        }()
        lock.withLock {
            looked[code] = .some(reused)
            if reused == nil {
                rendered.append(code)
                previous[code] = Dictionary((entry?.files ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            }
        }
        return reused
    }

    func page(_ path: String, inputs: ContentHash, language: LanguageContent) -> RenderedFile? {
        let code = language.info.code
        guard let stored = lock.withLock({ previous[code]?[path] }),
              stored.inputs == pageKey(inputs, code).hex, let file = reuse(stored) else { return nil }
        lock.withLock { reusedPageCount += 1 }
        var page = file
        page.inputs = inputs
        return page
    }

    /// A page's full key: what every page shares (`sharedKey`: options, templates, content outside
    /// `languages/`, the executable), the language's language.yml, and the page's own inputs.
    private func pageKey(_ inputs: ContentHash, _ code: String) -> ContentHash {
        var key = lock.withLock { pageBases[code] } ?? {
            var base = sharedKey
            base.add("page of " + code)
            base.addTree(contentRoot.appendingPathComponent(ContentLayout.languageYML(code)))
            lock.withLock { pageBases[code] = base }
            return base
        }()
        key.add(inputs.hex)
        return key
    }

    /// The stored file as it sits in the output, when it is still what was written there: a file
    /// whose stamp is the one recorded after the last write is trusted, any other read and compared.
    private func reuse(_ stored: Entry.File) -> RenderedFile? {
        let url = output.appendingPathComponent(stored.path)
        guard let bytes = try? Data(contentsOf: url, options: .alwaysMapped), bytes.count == stored.size else { return nil }
        if stored.stamp == nil || FileStamp.of(url.path) != stored.stamp {
            guard Self.hash(bytes) == stored.hash else { return nil }
        }
        return RenderedFile(path: stored.path, data: bytes, origin: url.path)
    }

    func store(_ files: [RenderedFile], for language: LanguageContent, ranking: LanguageRanking?) {
        let code = language.info.code
        let entry = Entry(key: key(language, ranking), files: files.map { file in
            Entry.File(path: file.path, size: file.data.count, hash: Self.hash(file.data),
                       inputs: file.inputs.map { pageKey($0, code).hex })
        })
        write(entry, language.info.code)
    }

    /// Records the stamp of every cached file as the write stage left it (hard links change a
    /// file's change time, so reused files too), for `files(for:ranking:)` to trust next time.
    func recordStamps(_ codes: [String]) {
        _ = ParallelMap.map(codes) { code in
            guard var entry = entry(code) else { return }
            for i in entry.files.indices {
                entry.files[i].stamp = FileStamp.of(output.appendingPathComponent(entry.files[i].path).path)
            }
            write(entry, code)
        }
    }

    /// A language's entry: as this build last saw or wrote it, else as the previous build left it.
    private func entry(_ code: String) -> Entry? {
        if let known = lock.withLock({ entries[code] }) { return known }   // nil inside: no entry
        guard let data = FileManager.default.contents(atPath: entryFile(code).path) else { return nil }
        let entry = Entry(text: String(decoding: data, as: UTF8.self))
        lock.withLock { entries[code] = entry }
        return entry
    }

    private func write(_ entry: Entry, _ code: String) {
        lock.withLock { entries[code] = entry }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(entry.text.utf8).write(to: entryFile(code), options: .atomic)
    }

    private func entryFile(_ code: String) -> URL {
        folder.appendingPathComponent("\(code).tsv")
    }

    private static func hash(_ data: Data) -> String {
        var hash = ContentHash()
        hash.add(data)
        return hash.hex
    }

    /// One language's files, kept as text: a header line, the key, then a tab-separated line per
    /// file (path, size, hash, stamp, inputs; `-` for none). Site paths hold no tabs or newlines.
    /// Decoding eleven thousand lines with JSONDecoder cost a nothing-changed build a quarter second.
    private struct Entry {
        static let header = "mpep render cache 2"

        struct File {
            var path: String
            var size: Int
            var hash: String
            /// `FileStamp` of the written file, recorded after the write stage.
            var stamp: String?
            /// For a page reusable on its own, the key of what it was drawn from (`pageKey`).
            var inputs: String?
        }

        var key: String
        var files: [File]

        init(key: String, files: [File]) {
            self.key = key
            self.files = files
        }

        /// Nil for anything but what `text` wrote (an older format reads as a miss).
        init?(text: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // Header, key, then file lines, the last one ended by a newline (hence an empty last piece).
            guard lines.count >= 3, lines[0] == Self.header, lines.last == "" else { return nil }
            key = String(lines[1])
            var files: [File] = []
            files.reserveCapacity(lines.count - 3)
            for line in lines[2..<(lines.count - 1)] {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 5, let size = Int(fields[1]) else { return nil }
                func optional(_ field: Substring) -> String? { field == "-" ? nil : String(field) }
                files.append(File(path: String(fields[0]), size: size, hash: String(fields[2]),
                                  stamp: optional(fields[3]), inputs: optional(fields[4])))
            }
            self.files = files
        }

        var text: String {
            var text = Self.header + "\n" + key + "\n"
            for file in files {
                text += "\(file.path)\t\(file.size)\t\(file.hash)\t\(file.stamp ?? "-")\t\(file.inputs ?? "-")\n"
            }
            return text
        }
    }
}
