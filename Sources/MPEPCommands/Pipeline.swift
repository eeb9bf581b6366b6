import Foundation
import MPEPCheck
import MPEPContent
import MPEPIncremental
import MPEPRank
import MPEPRender
import MPEPWrite

/// The whole build, stage by stage: load → check → rank → render → write.
///
/// Each stage is a module with one job; this type only wires them and times them. Nothing is
/// written until every earlier stage has succeeded, and then the write stage swaps the new site
/// in atomically, so a failure never leaves a half-built site or README behind.
public struct Pipeline: Sendable {
    public struct Paths: Sendable {
        public var content: URL
        /// How the content folder is named in messages (what the user typed).
        public var contentDisplay: String
        public var templates: URL
        public var output: URL
        public var readme: URL?

        public init(content: String = "content", templates: String = "templates", output: String = "site",
                    readme: String? = "README.md") {
            self.content = URL(fileURLWithPath: content)
            contentDisplay = content.hasSuffix("/") && content.count > 1 ? String(content.dropLast()) : content
            self.templates = URL(fileURLWithPath: templates)
            self.output = URL(fileURLWithPath: output)
            self.readme = readme.map { URL(fileURLWithPath: $0) }
        }
    }

    /// Why a build stopped. Each case carries what a contributor needs to fix it.
    public enum Failure: Error, Sendable {
        /// The content has errors (warnings may be included).
        case content([Diagnostic])
        case templates(String)
        case render(String)
        case write(String)
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var bytes: Int
        /// Wall time of each stage, in seconds, in pipeline order.
        public var timings: [(stage: String, seconds: Double)]
        public var readmeChanged: Bool
        /// Languages ranked afresh; the others came from the build cache (all when not incremental).
        public var rankedLanguages: [String] = []
        /// Languages whose own pages were rendered afresh; the others were reused from the last build.
        public var renderedLanguages: [String] = []
        /// Languages loaded in outline because nothing in their folders changed since the last
        /// build (`BuildSnapshot`); the others were read in full.
        public var outlinedLanguages: [String] = []
        /// Pages of the languages rendered afresh that were reused on their own (prompt pages
        /// whose inputs did not change).
        public var reusedPages = 0
        /// The site's size by kind of file (measured against site.yml's budget before writing).
        public var size: SiteSize?
        /// Whether the prompt pages link their answers in compressed bundles (`AnswerBundles`).
        public var bundledAnswers = false
    }

    public let paths: Paths
    public var baseURL: String?
    /// Overrides `site.yml`'s `bootstrap_rounds` (quick previews and tests; 0 = no intervals).
    public var bootstrapRounds: Int?
    /// The build's date for the changelog, the feed and every page's "last updated" (RFC 3339), as
    /// given (`--date`); nil: `BuildDate.resolve` looks it up when a build starts (the content's last
    /// commit, else today), so that `check` and a pipeline that never builds start no `git` process.
    public var buildDate: String?
    /// `buildDate` resolved, for the build under way (set by `build()`).
    private var resolvedDate = ""
    /// Each language's own date (`BuildDate.languages`), for the build under way.
    private var languageDates: [String: String] = [:]
    /// Told when each stage starts and how the render advances (`BuildProgress` draws it).
    public var progress: (@Sendable (Progress) -> Void)?
    /// Keep a content-hash cache in `.mpep-cache/` beside the output and reuse what it holds.
    public var incremental = true
    /// Build only these languages' own files, nothing site-wide, and leave the README alone: one
    /// shard of a build split by language (`mpep build --languages`; docs/architecture.md). The
    /// shards' outputs and caches copied into one folder make the full build a cache hit for each.
    public var languages: Set<String>?

    /// The cache folder: beside the output, so two sites built from one tree keep their own.
    public var cacheFolder: URL {
        paths.output.deletingLastPathComponent().appendingPathComponent(".mpep-cache")
    }

    public init(paths: Paths, baseURL: String? = nil, bootstrapRounds: Int? = nil) {
        self.paths = paths
        self.baseURL = baseURL
        self.bootstrapRounds = bootstrapRounds
    }

    func rankOptions(_ content: Content) -> RankOptions {
        var options = RankOptions(content.site)
        if let bootstrapRounds { options.bootstrapRounds = bootstrapRounds }
        return options
    }

    /// The load stage: the content tree as values, with the problems of each file.
    func load() -> ContentLoader.Result {
        ContentLoader(root: paths.content, displayRoot: paths.contentDisplay).load()
    }

    /// The check stage over loaded content: the loader's problems, then the rules across files
    /// (causes first: see `Checker.check(_:after:)`).
    func checked(_ loaded: ContentLoader.Result, readme: ReadmeStatus? = nil) -> [Diagnostic] {
        guard let content = loaded.content else { return loaded.diagnostics }
        return Checker(contentRoot: paths.contentDisplay, readme: readme).check(content, after: loaded.diagnostics)
    }

    /// Everything `mpep check` reports: the content's problems and whether the README's efforts
    /// table is current (last, since rebuilding it needs the rest fixed).
    public func check() -> [Diagnostic] {
        let loaded = load()
        guard let content = loaded.content else { return loaded.diagnostics }
        var readme: ReadmeStatus?
        var readmeProblems: [Diagnostic] = []
        if let url = paths.readme {
            (readme, readmeProblems) = readmeStatus(content: content, readme: url)
        }
        return checked(loaded, readme: readme) + readmeProblems
    }

    public func build() throws(Failure) -> Report {
        var dated = self
        dated.resolvedDate = BuildDate.resolve(given: buildDate, content: paths.content)
        let folders = (try? FileManager.default.contentsOfDirectory(
            atPath: paths.content.appendingPathComponent("languages").path)) ?? []
        dated.languageDates = BuildDate.languages(folders.filter(Identifier.isValid).sorted(), given: buildDate,
                                                  content: paths.content, site: dated.resolvedDate)
        return try dated.buildDated()
    }

    /// The stages in order. The write stage's stage is opened first, so that the previous build's
    /// files leave it in the background while the content loads and ranks (`StagedSite`), and the
    /// build cache (`MPEPIncremental`) next, since it decides which languages are read in outline;
    /// the render streams into the stage, which is swapped in only once the site is whole and
    /// within its budget. A failure anywhere abandons the stage: the output stays as it was.
    private func buildDated() throws(Failure) -> Report {
        var clock = StageClock()
        progress?(.stage("load", 0, Progress.stageCount))
        let staging: SiteOutput.Staging
        do {
            staging = try SiteOutput.Staging(output: paths.output)
        } catch {
            throw .write(error.description)
        }
        do {
            return try stages(into: staging, clock: &clock)
        } catch {
            staging.abandon()
            throw error
        }
    }

    private func stages(into staging: SiteOutput.Staging, clock: inout StageClock) throws(Failure) -> Report {
        var timings: [(String, Double)] = []
        let bundled = bundlesAnswers()
        let cache: any BuildCache = incremental ? IncrementalCache(cacheInputs(bundled: bundled)) : NoCache()
        var loader = ContentLoader(root: paths.content, displayRoot: paths.contentDisplay, outlined: cache.outlined)
        loader.only = languages
        let loaded = loader.load()
        timings.append(("load", clock.lap()))

        progress?(.stage("check", 1, Progress.stageCount))
        var result = loaded
        result.diagnostics = cache.diagnostics(loaded: loaded.diagnostics)
        let diagnostics = checked(result)
        timings.append(("check", clock.lap()))
        guard let content = loaded.content, !diagnostics.hasErrors else { throw .content(diagnostics) }
        if let languages {
            let missing = languages.subtracting(content.languages.map(\.info.code)).sorted()
            guard missing.isEmpty else {
                throw .content([.error(ContentLayout.displayPath("languages", under: paths.contentDisplay),
                                       "no language folder for --languages \(missing.joined(separator: ", "))")])
            }
        }
        // Templates before the statistics: a missing or broken template should not cost a rank stage.
        let templates: TemplateSet
        do {
            templates = try TemplateSet(directory: paths.templates, displayPath: displayName(paths.templates))
        } catch {
            throw .templates(error.description)
        }

        progress?(.stage("rank", 2, Progress.stageCount))
        let rankings: Rankings
        do {
            rankings = try Ranker.rank(content, options: rankOptions(content), reuse: { cache.ranking(for: $0) },
                                       keep: { cache.keep($1, for: $0) })
        } catch {
            throw .render(error.description)
        }
        timings.append(("rank", clock.lap()))

        progress?(.stage("render", 3, Progress.stageCount))
        // The changelog compares with what the output folder published last (read before it is replaced).
        var renderer = SiteRenderer(content: content, rankings: rankings, templates: templates, baseURL: baseURL,
                                    previous: PublishedHistory.read(from: paths.output), buildDate: resolvedDate,
                                    languageCache: cache)
        renderer.bundledAnswers = bundled
        renderer.languageDates = languageDates
        let readme: Data?
        do {
            // A shard leaves the README to the merge, which sees every language.
            readme = try (languages == nil ? paths.readme : nil).flatMap { url throws(SiteOutput.Failure) in
                try SiteOutput.readme(url, region: renderer.readmeEfforts())
            }
        } catch {
            throw .write(error.description)
        }
        let progress = progress
        do {
            try renderer.render(into: staging, languagesOnly: languages != nil) { done, total in
                progress?(.items("render", done, total))
            }
        } catch {
            switch error {
            case .page(let failure): throw .render(failure.description)
            case .sink(let failure): throw .write(failure.description)
            }
        }
        let size = staging.size
        if languages == nil, let refusal = budgetRefusal(size, site: content.site, bundled: bundled) {
            throw .render(refusal)
        }
        timings.append(("render", clock.lap()))

        progress?(.stage("write", 4, Progress.stageCount))
        do {
            try staging.commit(readme: paths.readme, with: readme)
        } catch {
            throw .write(error.description)
        }
        cache.commit(content, diagnostics: diagnostics)
        timings.append(("write", clock.lap()))
        let summary = cache.summary(content)
        return Report(diagnostics: diagnostics, files: size.files, bytes: size.bytes, timings: timings,
                      readmeChanged: readme != nil, rankedLanguages: summary.ranked, renderedLanguages: summary.rendered,
                      outlinedLanguages: summary.outlined, reusedPages: summary.reusedPages, size: size,
                      bundledAnswers: bundled)
    }

    /// What the build cache keys on besides the content: the options every ranking or page depends on.
    private func cacheInputs(bundled: Bool) -> BuildInputs {
        BuildInputs(content: paths.content, contentDisplay: paths.contentDisplay, templates: paths.templates,
                    output: paths.output, cacheFolder: cacheFolder,
                    rankOptions: ["bootstrap rounds \(bootstrapRounds.map(String.init) ?? "")"],
                    pageOptions: ["base url \(baseURL ?? "")", "answers \(bundled ? "bundles" : "pages")"],
                    languageDates: languageDates)
    }

    /// Renders the README table the content calls for and compares it with the README's.
    func readmeStatus(content: Content, readme: URL) -> (ReadmeStatus?, [Diagnostic]) {
        let path = displayName(readme)
        guard let data = FileManager.default.contents(atPath: readme.path),
              let text = String(data: data, encoding: .utf8) else {
            return (nil, [.error(path, "cannot read the README, whose efforts table is checked (--readme names another file)")])
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSet(directory: paths.templates, displayPath: displayName(paths.templates))
        } catch {
            return (nil, [.error(displayName(paths.templates), error.description)])
        }
        // The README table is drawn from the content alone: no statistics are needed for it.
        let region = SiteRenderer(content: content, rankings: Rankings(languages: []), templates: templates,
                                  baseURL: baseURL).readmeEfforts()
        do {
            let current = try ReadmeRegion.isUpToDate(text, content: region)
            return (ReadmeStatus(path: path, isCurrent: current, markerLine: ReadmeStatus.line(in: text)), [])
        } catch {
            return (nil, [.error(path, line: error.line, error.description)])
        }
    }

    private func displayName(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}

/// Wall-clock laps for the stage timings.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
