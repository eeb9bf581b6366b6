import MPEPContent
import MPEPParallel
import MPEPRank

extension SiteRenderer {
    /// Why a render stopped: a page that cannot be rendered, or the sink refusing a file.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case page(RenderError)
        case sink(SinkError)

        public var description: String {
            switch self {
            case .page(let error): error.description
            case .sink(let error): error.description
            }
        }
    }

    /// Every file of the site, handed to `sink` as it is made: the site-wide pages, then each
    /// language's own files (from `languageCache` where its inputs did not change, else rendered,
    /// several languages side by side), then what is drawn from all of them. A language's files
    /// reach the sink as soon as they are rendered and are not kept, so a build holds a few
    /// languages' pages in memory, not the site.
    ///
    /// `languagesOnly` renders the languages' own files and nothing site-wide: a shard of a build
    /// split by language (docs/architecture.md), whose site-wide pages the merge renders.
    /// `languageDone` is told how many languages are done, of how many (progress output).
    public func render(into sink: some RenderedFileSink, languagesOnly: Bool = false,
                       languageDone: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws(Failure) {
        var paths: [String] = []
        func emit(_ files: [RenderedFile]) throws(Failure) {
            do { try sink.accept(files) } catch { throw .sink(error) }
            paths += files.map(\.path)
        }
        if !languagesOnly {
            var siteWide: [RenderedFile] = []
            do {
                siteWide.append(try indexPage())
                for page in content.pages where page.slug != "index" {
                    siteWide.append(try markdownPage(page))
                }
            } catch {
                throw .page(error)
            }
            siteWide.append(effortsPage())
            siteWide += modelPages()
            try emit(siteWide)
        }

        let drillDown = DrillDownInputs(content)
        let done = Locked(0)
        let total = content.languages.count
        @Sendable func emitted(_ files: [RenderedFile]) -> Result<[String], Failure> {
            do { try sink.accept(files) } catch { return .failure(.sink(error)) }
            done.withLock { count in
                count += 1
                languageDone(count, total)
            }
            return .success(files.map(\.path))
        }
        let languagePaths = ParallelMap.map(content.languages, reusing: { language in
            languageCache?.files(for: language).map(emitted)
        }, compute: { language in
            switch languageFiles(of: language, drillDown) {
            case .success(let files): emitted(files)
            case .failure(let error): .failure(.page(error))
            }
        })
        for result in languagePaths {
            switch result {
            case .success(let languageFiles): paths += languageFiles
            case .failure(let error): throw error
            }
        }

        guard !languagesOnly else { return }
        var rest = [LeaderboardData.siteJSON(rankings: rankings)]
        rest += LeaderboardData.crossLanguageFiles(rankings: rankings)
        rest += changelogFiles()
        rest += templates.staticFiles.map { RenderedFile(path: $0.path, data: $0.data) }
        try emit(rest)
        try emit(siteBasicsFiles(pagePaths: paths))
    }

    /// Every file of the site in memory, sorted by path (tests, and tools that want the whole site).
    public func render() throws(Failure) -> [RenderedFile] {
        let files = CollectedFiles()
        try render(into: files)
        return files.sorted
    }

    /// One language's own files (leaderboard page and data, drill-down), rendered; handed to the
    /// language cache for the next build.
    private func languageFiles(of language: LanguageContent, _ drillDown: DrillDownInputs) -> Result<[RenderedFile], RenderError> {
        guard let records = language.loaded else {
            return .failure(RenderError(path: ContentLayout.languageFolder(language.info.code),
                                        message: "the build cache gave no pages for a language it read in outline; "
                                            + "build again with --no-cache"))
        }
        let own = languageFiles(language) + drillDownFiles(language, records: records, drillDown)
        languageCache?.store(own, for: language)
        return .success(own)
    }
}
