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
    }

    public let paths: Paths
    public var baseURL: String?
    /// Overrides `site.yml`'s `bootstrap_rounds` (quick previews and tests; 0 = no intervals).
    public var bootstrapRounds: Int?
    /// The build's date for the changelog and feed (RFC 3339), e.g. the commit's; nil: no date.
    public var buildDate: String?
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

    /// The check stage over loaded content: the loader's problems and the rules across files, sorted.
    func checked(_ loaded: ContentLoader.Result, readme: ReadmeStatus? = nil) -> [Diagnostic] {
        guard let content = loaded.content else { return loaded.diagnostics }
        return (loaded.diagnostics + Checker(contentRoot: paths.contentDisplay, readme: readme).check(content)).sorted()
    }

    /// Everything `mpep check` reports: the content's problems and, when the files themselves
    /// are readable, whether the README's efforts table is current.
    public func check() -> [Diagnostic] {
        let loaded = load()
        guard let content = loaded.content else { return loaded.diagnostics }
        var readme: ReadmeStatus?
        var readmeProblems: [Diagnostic] = []
        if !loaded.diagnostics.hasErrors, let url = paths.readme {
            (readme, readmeProblems) = readmeStatus(content: content, readme: url)
        }
        return (checked(loaded, readme: readme) + readmeProblems).sorted()
    }

    public func build() throws(Failure) -> Report {
        var timings: [(String, Double)] = []
        var clock = StageClock()

        progress?(.stage("load", 0, Progress.stageCount))
        let loaded = load()
        timings.append(("load", clock.lap()))
        progress?(.stage("check", 1, Progress.stageCount))
        let diagnostics = checked(loaded)
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
        let cache = incremental
            ? RankCache(folder: cacheFolder, contentRoot: paths.content, options: options, trees: trees) : nil
        let rankings = Ranker.rank(content, options: options) { language, compute in
            cache?.ranking(language, compute: compute) ?? compute()
        }
        timings.append(("rank", clock.lap()))
        progress?(.stage("render", 3, Progress.stageCount))
        let renderCache = incremental
            ? RenderCache(folder: cacheFolder, output: paths.output, contentRoot: paths.content, templates: paths.templates,
                          options: ["base url \(baseURL ?? "")", "date \(buildDate ?? "")"], trees: trees)
            : nil
        // The changelog compares with what the output folder published last (read before it is replaced).
        let renderer = SiteRenderer(content: content, rankings: rankings, templates: templates, baseURL: baseURL,
                                    previous: PublishedHistory.read(from: paths.output), buildDate: buildDate,
                                    languageCache: renderCache)
        let files: [RenderedFile]
        do {
            files = try renderer.render()
        } catch {
            throw .render(error.description)
        }
        let readmeRegion = renderer.readmeEfforts()
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
        timings.append(("write", clock.lap()))
        return Report(diagnostics: diagnostics, files: files.count, bytes: files.reduce(0) { $0 + $1.data.count },
                      timings: timings, readmeChanged: changed,
                      rankedLanguages: cache?.recomputed ?? content.languages.map(\.info.code),
                      renderedLanguages: renderCache?.recomputed ?? content.languages.map(\.info.code))
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
