import MPEPContent
import MPEPRank
import MPEPRender

/// What a build asks of the incremental layer, stage by stage. The pipeline holds one and never
/// looks inside: `IncrementalCache` reuses the last build's work, `NoCache` (`--no-cache`) none.
///
/// 1. Before loading: `outlined`, the languages to read in outline.
/// 2. Check: `diagnostics(loaded:)`, the outlined languages' findings as the last build recorded them.
/// 3. Rank: `ranking(for:)` before computing a language, `keep(_:for:)` after.
/// 4. Render: `LanguagePagesCache` (a language's files, one prompt page, what was rendered).
/// 5. After the new site is in place: `commit(_:diagnostics:)`, what the next build starts from.
public protocol BuildCache: LanguagePagesCache {
    /// Languages to read in outline: their folders are unchanged since the last build, and the
    /// cache holds their ranking and every one of their files. Decided before anything is loaded.
    var outlined: Set<String> { get }
    /// The loader's findings with those in outlined languages' files replaced by what the build
    /// that read them in full found (the checker does not see an outlined language's records).
    func diagnostics(loaded: [Diagnostic]) -> [Diagnostic]
    /// The language's ranking when the cache holds it for the language's current inputs.
    func ranking(for language: LanguageContent) -> LanguageRanking?
    /// A ranking just computed, for the next build.
    func keep(_ ranking: LanguageRanking, for language: LanguageContent)
    /// Records what the next build compares with; called once the new site is in place. Nothing is
    /// written to the cache folder before: a failed build leaves the last good build's cache.
    func commit(_ content: Content, diagnostics: [Diagnostic])
    /// What this build took from the cache and what it computed.
    func summary(_ content: Content) -> CacheSummary
}

/// What a build computed afresh, by language code (sorted); the rest came from the cache.
public struct CacheSummary: Sendable, Equatable {
    public var ranked: [String]
    public var rendered: [String]
    public var outlined: [String]
    /// Prompt pages of the languages rendered afresh that were reused on their own.
    public var reusedPages: Int
}

/// No cache: everything is loaded, ranked and rendered, and nothing is recorded (`--no-cache`).
public struct NoCache: BuildCache {
    public init() {}

    public var outlined: Set<String> { [] }
    public func diagnostics(loaded: [Diagnostic]) -> [Diagnostic] { loaded }
    public func ranking(for language: LanguageContent) -> LanguageRanking? { nil }
    public func keep(_ ranking: LanguageRanking, for language: LanguageContent) {}
    public func files(for language: LanguageContent) -> [RenderedFile]? { nil }
    public func store(_ files: [RenderedFile], for language: LanguageContent) {}
    public func commit(_ content: Content, diagnostics: [Diagnostic]) {}

    public func summary(_ content: Content) -> CacheSummary {
        let all = content.languages.map(\.info.code).sorted()
        return CacheSummary(ranked: all, rendered: all, outlined: [], reusedPages: 0)
    }
}
