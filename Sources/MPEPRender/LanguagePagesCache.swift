import MPEPContent
import MPEPRank

/// Keeps a language's pages between builds, for incremental builds.
///
/// A language's own files (its leaderboard page and data, its prompt and model pages) depend only
/// on that language's content and ranking and on what every page shares (site.yml, models, judges,
/// source prompts, templates, options); the renderer asks the cache before rendering them and
/// hands it what it rendered. The implementation decides the key; `MPEPCommands.RenderCache`
/// hashes all of the above and checks the reused bytes against what it stored.
public protocol LanguagePagesCache: Sendable {
    /// The language's files as the previous build rendered them, or nil to render them afresh.
    func files(for language: LanguageContent, ranking: LanguageRanking?) -> [RenderedFile]?
    /// Keeps the files just rendered for the language.
    func store(_ files: [RenderedFile], for language: LanguageContent, ranking: LanguageRanking?)
}
