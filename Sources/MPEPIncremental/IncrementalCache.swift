import Foundation
import MPEPContent
import MPEPParallel
import MPEPRank
import MPEPRender

/// The build cache in `.mpep-cache/` beside the output: each language's ranking (`RankStore`),
/// the list of its files (`PageStore`), and a snapshot of what the last build saw by `stat`
/// (`BuildSnapshot`).
///
/// It plans when it is opened, before the content is loaded: a language whose folder still has
/// the hash the snapshot recorded (known from its stamps without reading it, else hashed), and
/// whose ranking and files the cache holds for its current keys (so for the current shared
/// inputs and options too), is read in outline and served from the cache. Any other
/// language is read in full; its ranking and pages are still reused where their keys
/// (`CacheKeys`) match, and within a language rendered afresh each prompt page is reused on its
/// own when what it is drawn from did not change. A change to one file therefore re-reads,
/// re-ranks and re-renders one language, and of its prompt pages only those it touches.
public struct IncrementalCache: BuildCache {
    private let inputs: BuildInputs
    private let keys: CacheKeys
    private let ranks: RankStore
    private let pageStore: PageStore
    /// Each language folder's stamp, taken before loading.
    private let stamps: [String: String]
    private let previous: BuildSnapshot
    /// The outlined languages' ranking and files, read and checked while planning.
    private let served: [String: (ranking: LanguageRanking, entry: PageStore.Entry, files: [RenderedFile])]
    private let state = Locked(State())

    private struct State: Sendable {
        /// Rankings computed in this build, with their keys, written at `commit`.
        var ranked: [String: (key: String, ranking: LanguageRanking)] = [:]
        /// Each language's file list: as reused or as rendered in this build.
        var entries: [String: PageStore.Entry] = [:]
        /// Languages rendered afresh, with the last build's files by path (for `page`).
        var rendered: [String: [String: PageStore.Entry.File]] = [:]
        var reusedPages = 0
    }

    public let outlined: Set<String>

    /// Opens the cache and plans the build (see the type's summary).
    public init(_ inputs: BuildInputs) {
        self.inputs = inputs
        let trees = TreeHashes()
        let stamps = BuildSnapshot.stamps(content: inputs.content)
        let previous = BuildSnapshot.read(from: inputs.cacheFolder)
        let keys = CacheKeys(inputs, trees: trees)
        for (code, stamp) in stamps {
            if let hash = previous.knownHash(code, stamp: stamp) { trees.assume(keys.languageFolder(code), hash) }
        }
        let ranks = RankStore(cacheFolder: inputs.cacheFolder)
        let pageStore = PageStore(cacheFolder: inputs.cacheFolder, output: inputs.output)
        // Every language the last build recorded: unchanged when its hash is the recorded one (its
        // stamp says so, or it is hashed), and served when the cache holds its ranking and files.
        let candidates = stamps.keys.filter { previous.languages[$0] != nil }.sorted()
        let found = ParallelMap.map(candidates) { code -> (LanguageRanking, PageStore.Entry, [RenderedFile])? in
            guard keys.trees.hash(keys.languageFolder(code)).hex == previous.languages[code]?.tree,
                  let ranking = ranks.read(code, key: keys.rank(code)),
                  let entry = pageStore.entry(code), entry.key == keys.pages(code),
                  let files = pageStore.files(entry) else { return nil }
            return (ranking, entry, files)
        }
        var served: [String: (ranking: LanguageRanking, entry: PageStore.Entry, files: [RenderedFile])] = [:]
        for (code, hit) in zip(candidates, found) {
            if let (ranking, entry, files) = hit { served[code] = (ranking, entry, files) }
        }
        self.keys = keys
        self.ranks = ranks
        self.pageStore = pageStore
        self.stamps = stamps
        self.previous = previous
        self.served = served
        outlined = Set(served.keys)
    }

    public func diagnostics(loaded: [Diagnostic]) -> [Diagnostic] {
        guard !outlined.isEmpty else { return loaded }
        let own = loaded.filter { diagnostic in !outlined.contains { isInLanguage(diagnostic, $0) } }
        let recorded = outlined.sorted().flatMap { previous.languages[$0]?.diagnostics ?? [] }
        return (own + recorded).sorted()
    }

    public func ranking(for language: LanguageContent) -> LanguageRanking? {
        let code = language.info.code
        if let served = served[code] { return served.ranking }
        return ranks.read(code, key: keys.rank(code))
    }

    public func keep(_ ranking: LanguageRanking, for language: LanguageContent) {
        let code = language.info.code
        let key = keys.rank(code)
        state.withLock { $0.ranked[code] = (key, ranking) }
    }

    public func files(for language: LanguageContent) -> [RenderedFile]? {
        let code = language.info.code
        if let served = served[code] {
            state.withLock { $0.entries[code] = served.entry }
            return served.files
        }
        let entry = pageStore.entry(code)
        if let entry, entry.key == keys.pages(code), let files = pageStore.files(entry) {
            state.withLock { $0.entries[code] = entry }
            return files
        }
        let last = Dictionary((entry?.files ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        state.withLock { $0.rendered[code] = last }
        return nil
    }

    public func page(_ path: String, inputs: ContentHash, language: LanguageContent) -> RenderedFile? {
        let code = language.info.code
        guard let stored = state.withLock({ $0.rendered[code]?[path] }),
              stored.inputs == keys.page(inputs, code), let file = pageStore.reuse(stored) else { return nil }
        state.withLock { $0.reusedPages += 1 }
        var page = file
        page.inputs = inputs
        return page
    }

    public func store(_ files: [RenderedFile], for language: LanguageContent) {
        let code = language.info.code
        let entry = PageStore.Entry(key: keys.pages(code), files: files.map { file in
            PageStore.Entry.File(path: file.path, size: file.data.count, hash: PageStore.hash(file.data),
                                 inputs: file.inputs.map { keys.page($0, code) })
        })
        state.withLock { $0.entries[code] = entry }
    }

    public func commit(_ content: Content, diagnostics: [Diagnostic]) {
        let state = state.current
        for (code, ranked) in state.ranked.sorted(by: { $0.key < $1.key }) {
            ranks.write(ranked.ranking, code: code, key: ranked.key)
        }
        let codes = content.languages.map(\.info.code)
        _ = ParallelMap.map(codes) { code in
            if let entry = state.entries[code] { pageStore.write(pageStore.stamped(entry), code: code) }
        }
        var languages: [String: BuildSnapshot.Language] = [:]
        for code in codes {
            guard let stamp = stamps[code] else { continue }
            languages[code] = BuildSnapshot.Language(stamp: stamp, tree: keys.trees.hash(keys.languageFolder(code)).hex,
                                                     diagnostics: diagnostics.filter { isInLanguage($0, code) })
        }
        BuildSnapshot(languages: languages).write(to: inputs.cacheFolder)
    }

    public func summary(_ content: Content) -> CacheSummary {
        let state = state.current
        return CacheSummary(ranked: state.ranked.keys.sorted(), rendered: state.rendered.keys.sorted(),
                            outlined: outlined.sorted(), reusedPages: state.reusedPages)
    }

    /// Whether a finding is about a file of the language's folder (or the folder itself).
    private func isInLanguage(_ diagnostic: Diagnostic, _ code: String) -> Bool {
        let folder = ContentLayout.displayPath(ContentLayout.languageFolder(code), under: inputs.contentDisplay)
        return diagnostic.path == folder || diagnostic.path.hasPrefix(folder + "/")
    }
}
