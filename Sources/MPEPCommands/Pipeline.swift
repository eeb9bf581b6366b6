import Foundation
import MPEPCheck
import MPEPContent
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
    /// Told when each stage starts and how the write stage advances (`BuildProgress` draws it).
    public var progress: (@Sendable (Progress) -> Void)?
    /// Keep a content-hash cache in `.mpep-cache/` beside the output and reuse what it holds.
    public var incremental = true

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
        return try dated.buildDated()
    }

    private func buildDated() throws(Failure) -> Report {
        guard incremental else { return try buildAll(snapshot: nil) }
        let stamps = BuildSnapshot.Stamps(content: paths.content, templates: paths.templates, options: cacheOptions)
        let previous = BuildSnapshot.read(from: cacheFolder)
        let outlined = previous?.unchanged(stamps) ?? []
        if !outlined.isEmpty, let report = try build(snapshot: (stamps, previous), outlined: outlined) {
            return report
        }
        // No snapshot, or the cache could not stand in for an outlined language (it was cleared
        // or a published file was edited): everything is loaded.
        return try buildAll(snapshot: (stamps, previous))
    }

    private func buildAll(snapshot: (stamps: BuildSnapshot.Stamps, previous: BuildSnapshot?)?) throws(Failure) -> Report {
        guard let report = try build(snapshot: snapshot, outlined: []) else {
            preconditionFailure("only an outlined language can be missing from the cache")
        }
        return report
    }

    /// The build's options that every cached page depends on.
    private var cacheOptions: [String] {
        ["base url \(baseURL ?? "")", "date \(resolvedDate)", "bootstrap rounds \(bootstrapRounds.map(String.init) ?? "")"]
    }

    /// One build, with `outlined` languages loaded in outline and taken from the cache; nil when
    /// the cache lacks one of them (nothing has been written then).
    private func build(snapshot: (stamps: BuildSnapshot.Stamps, previous: BuildSnapshot?)?,
                       outlined: Set<String>) throws(Failure) -> Report? {
        var timings: [(String, Double)] = []
        var clock = StageClock()

        progress?(.stage("load", 0, Progress.stageCount))
        let loaded = ContentLoader(root: paths.content, displayRoot: paths.contentDisplay, outlined: outlined).load()
        timings.append(("load", clock.lap()))
        progress?(.stage("check", 1, Progress.stageCount))
        let diagnostics = checked(loaded, outlined: outlined, previous: snapshot?.previous)
        timings.append(("check", clock.lap()))
        guard let content = loaded.content, !diagnostics.hasErrors else { throw .content(diagnostics) }
        // Templates before the statistics: a missing or broken template should not cost a rank stage.
        let templates: TemplateSet
        do {
            templates = try TemplateSet(directory: paths.templates, displayPath: displayName(paths.templates))
        } catch {
            throw .templates(error.description)
        }

        progress?(.stage("rank", 2, Progress.stageCount))
        let options = rankOptions(content)
        let trees = TreeHashes()
        for code in outlined {
            if let recorded = snapshot?.previous?.languages[code], let hash = ContentHash(hex: recorded.tree) {
                trees.assume(languageFolder(code), hash)
            }
        }
        let cache = incremental
            ? RankCache(folder: cacheFolder, contentRoot: paths.content, options: options, trees: trees) : nil
        let missing = MissingLanguages()
        let rankings = Ranker.rank(content, options: options, reuse: { language in
            guard let cache else { return nil }
            if let stored = cache.stored(language) { return stored }
            guard outlined.contains(language.info.code) else { return nil }
            // An outlined language has no records to rank: the cache must have it.
            missing.add(language.info.code)
            return LanguageRanking(code: language.info.code, reference: "", leaderboards: [], primaryJudge: "", agreement: [])
        }, keep: { language, ranking in cache?.keep(language, ranking) })
        if !missing.isEmpty { return nil }
        timings.append(("rank", clock.lap()))
        progress?(.stage("render", 3, Progress.stageCount))
        let bundled = bundlesAnswers(content.site)
        let renderCache = incremental
            ? RenderCache(folder: cacheFolder, output: paths.output, contentRoot: paths.content, templates: paths.templates,
                          options: cacheOptions + ["answers \(bundled ? "bundles" : "pages")"], trees: trees)
            : nil
        for language in content.languages where outlined.contains(language.info.code) {
            guard renderCache?.files(for: language, ranking: rankings.language(language.info.code)) != nil else { return nil }
        }
        // The changelog compares with what the output folder published last (read before it is replaced).
        var renderer = SiteRenderer(content: content, rankings: rankings, templates: templates, baseURL: baseURL,
                                    previous: PublishedHistory.read(from: paths.output), buildDate: resolvedDate,
                                    languageCache: renderCache)
        renderer.bundledAnswers = bundled
        let files: [RenderedFile]
        do {
            files = try renderer.render()
        } catch {
            throw .render(error.description)
        }
        let readmeRegion = renderer.readmeEfforts()
        let size = SiteSize(files)
        if let refusal = budgetRefusal(size, site: content.site, bundled: bundled) { throw .render(refusal) }
        timings.append(("render", clock.lap()))

        progress?(.stage("write", 4, Progress.stageCount))
        let changed: Bool
        do {
            changed = try SiteOutput.write(files: files, to: paths.output, readme: paths.readme, readmeRegion: readmeRegion) {
                progress?(.items("write", $0, files.count))
            }
        } catch {
            throw .write(error.description)
        }
        if let renderCache, let stamps = snapshot?.stamps {
            let codes = content.languages.map(\.info.code)
            renderCache.recordStamps(codes)
            var languages: [String: BuildSnapshot.Language] = [:]
            for code in codes {
                guard let stamp = stamps.languages[code] else { continue }
                languages[code] = BuildSnapshot.Language(stamp: stamp, tree: trees.hash(languageFolder(code)).hex,
                                                         diagnostics: diagnostics.filter { isInLanguage($0, code) })
            }
            BuildSnapshot(shared: stamps.shared, languages: languages).write(to: cacheFolder)
        }
        timings.append(("write", clock.lap()))
        return Report(diagnostics: diagnostics, files: files.count, bytes: size.bytes,
                      timings: timings, readmeChanged: changed,
                      rankedLanguages: cache?.recomputed ?? content.languages.map(\.info.code),
                      renderedLanguages: renderCache?.recomputed ?? content.languages.map(\.info.code),
                      outlinedLanguages: outlined.sorted(), reusedPages: renderCache?.reusedPages ?? 0,
                      size: size, bundledAnswers: bundled)
    }

    /// The check stage of a build with outlined languages: the loader's and the checker's findings
    /// for everything loaded in full, and the snapshot's for the outlined languages' files.
    private func checked(_ loaded: ContentLoader.Result, outlined: Set<String>, previous: BuildSnapshot?) -> [Diagnostic] {
        guard !outlined.isEmpty, var content = loaded.content else { return checked(loaded) }
        content.languages.removeAll { outlined.contains($0.info.code) }
        let own = loaded.diagnostics.filter { diagnostic in !outlined.contains { isInLanguage(diagnostic, $0) } }
        let recorded = outlined.sorted().flatMap { previous?.languages[$0]?.diagnostics ?? [] }
        return Checker(contentRoot: paths.contentDisplay).check(content, after: own + recorded)
    }

    private func languageFolder(_ code: String) -> URL {
        paths.content.appendingPathComponent(ContentLayout.languageFolder(code))
    }

    /// Whether a finding is about a file of the language's folder (or the folder itself).
    private func isInLanguage(_ diagnostic: Diagnostic, _ code: String) -> Bool {
        let folder = ContentLayout.displayPath(ContentLayout.languageFolder(code), under: paths.contentDisplay)
        return diagnostic.path == folder || diagnostic.path.hasPrefix(folder + "/")
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

/// Outlined languages the rank cache could not answer, noted from the parallel rank stage.
private final class MissingLanguages: @unchecked Sendable {
    private let lock = NSLock()
    private var codes: [String] = []

    func add(_ code: String) { lock.withLock { codes.append(code) } }
    var isEmpty: Bool { lock.withLock { codes.isEmpty } }
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
