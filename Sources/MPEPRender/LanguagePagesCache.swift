import MPEPContent

/// Keeps a language's pages between builds, for incremental builds.
///
/// A language's own files (its leaderboard page and data, its prompt and model pages) depend only
/// on that language's content and ranking and on what every page shares (site.yml, models, judges,
/// source prompts, templates, options); the renderer asks the cache before rendering them and
/// hands it what it rendered. The implementation decides the key; `MPEPIncremental.IncrementalCache`
/// hashes all of the above and checks the reused bytes against what it stored.
public protocol LanguagePagesCache: Sendable {
    /// The language's files as the previous build rendered them, or nil to render them afresh.
    func files(for language: LanguageContent) -> [RenderedFile]?
    /// Keeps the files just rendered for the language.
    func store(_ files: [RenderedFile], for language: LanguageContent)
    /// One page of a language being rendered afresh, as the previous build wrote it at `path`,
    /// when it was drawn from the same `inputs` (`RenderedFile.inputs`) and the same language-wide
    /// inputs other than the ranking: what every page shares and the language's language.yml.
    /// Nil to render it.
    func page(_ path: String, inputs: ContentHash, language: LanguageContent) -> RenderedFile?
}

extension LanguagePagesCache {
    public func page(_ path: String, inputs: ContentHash, language: LanguageContent) -> RenderedFile? { nil }
}
