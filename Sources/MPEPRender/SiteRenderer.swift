import Foundation
import MPEPContent
import MPEPMarkdown
import MPEPParallel
import MPEPRank

/// The render stage: turns content and rankings into the files of the site, handing them to a
/// sink as they are made (`render(into:)`: the build's sink stages them in the write stage's
/// hidden folder, which a failure abandons, so nothing is half-written).
///
/// The renderer itself writes nothing; the files are byte-identical for identical input, whatever
/// the order they are made in.
public struct SiteRenderer: Sendable {
    let content: Content
    let rankings: Rankings
    let templates: TemplateSet
    let contexts: Contexts
    /// What the previous build published (for the changelog); nil for a first build.
    let previous: PublishedHistory?
    /// The build's date (RFC 3339) for the changelog, the feed and each page's "last updated"; the
    /// pipeline always gives one (`BuildDate`); nil (a renderer made by hand) leaves pages undated.
    let buildDate: String?
    /// Where a language's unchanged pages come from in an incremental build (nil: render all).
    let languageCache: (any LanguagePagesCache)?
    /// Whether prompt pages link their answers in gzip bundles instead of holding them
    /// (`AnswerBundles`; the pipeline resolves site.yml's `answers:` against the budget).
    public var bundledAnswers = false
    /// Each language's date (RFC 3339), the "last updated" of its own pages (`BuildDate.languages`:
    /// the last change to what they are drawn from); a language without one shows `buildDate`.
    public var languageDates: [String: String] = [:]

    public init(content: Content, rankings: Rankings, templates: TemplateSet, baseURL: String? = nil,
                previous: PublishedHistory? = nil, buildDate: String? = nil,
                languageCache: (any LanguagePagesCache)? = nil) {
        self.content = content
        self.languageCache = languageCache
        self.rankings = rankings
        self.templates = templates
        self.previous = previous
        self.buildDate = buildDate
        var root = baseURL ?? content.site.baseURL
        if !root.hasSuffix("/") { root += "/" }
        contexts = Contexts(content: content, rankings: rankings, paths: SitePaths(root: root))
    }

    var paths: SitePaths { contexts.paths }

    /// Lists for readers go by English name; files and ranking go by code.
    var languagesByName: [LanguageContent] {
        content.languages.sorted { ($0.info.name, $0.info.code) < ($1.info.name, $1.info.code) }
    }

    /// The Markdown table that goes between the README's efforts markers.
    public func readmeEfforts() -> String {
        let languages = languagesByName.map { language in
            var summary = contexts.language(language)
            summary.url = readmeLink(language.info.code)
            return summary
        }
        return templates.render(.readmeEfforts, ReadmeEfforts.Context(site: contexts.site(), languages: languages))
    }

    /// README links go to the published site when `base_url` is absolute, and to the language's
    /// folder in the repository otherwise (a root-relative link would break on GitHub).
    private func readmeLink(_ code: String) -> String {
        let root = paths.root.lowercased()
        if root.hasPrefix("https://") || root.hasPrefix("http://") { return paths.language(code) }
        return "content/languages/\(code)/"
    }

    // MARK: - Pages

    /// Wraps a page body in the layout.
    func layout(title: String, body: String, description: String? = nil, path: String,
                lang: String = "en", dir: String = "ltr") -> RenderedFile {
        let updated = updatedDate(path)
        let context = Layout.Context(
            site: contexts.site(), nav: contexts.navigation(), title: title,
            pageTitle: title == content.site.title ? title : "\(title) · \(content.site.title)",
            description: description ?? content.site.description, lang: lang, dir: dir, body: body,
            updated: updated.map { String($0.prefix(10)) },   // the day: "2026-12-04"
            updatedDatetime: updated, meta: pageMeta(path: path))
        return RenderedFile(path: path, text: templates.render(.layout, context))
    }

    /// A page's "last updated": its language's date for a language's own pages, the build's for the rest.
    func updatedDate(_ path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 2)
        guard parts.count == 3, parts[0] == "languages", let date = languageDates[String(parts[1])] else { return buildDate }
        return date
    }

    func indexPage() throws(RenderError) -> RenderedFile {
        let story = try content.pages.first { $0.slug == "index" }.map { page throws(RenderError) in
            try markdownHTML(page)
        }
        let ranked = languagesByName.filter { rankings.language($0.info.code)?.primary != nil }
        let modelIDs = Set(ranked.flatMap { rankings.language($0.info.code)?.primary?.entries.map(\.model) ?? [] })
        let models = modelIDs.sorted { (contexts.modelName($0), $0) < (contexts.modelName($1), $1) }
        let overview = models.map { id in
            IndexPage.OverviewRow(
                modelName: contexts.modelName(id), modelURL: paths.model(id),
                cells: ranked.map { language in
                    guard let entry = rankings.entry(model: id, language: language.info.code) else { return .none }
                    return IndexPage.OverviewCell(winRate: Formatting.fixed(entry.winRate, 1), n: entry.nTotal,
                                                  provisional: entry.provisional, url: paths.language(language.info.code))
                })
        }
        let context = IndexPage.Context(
            site: contexts.site(), languages: languagesByName.map(contexts.language),
            rankedLanguages: ranked.map(contexts.language), overview: overview, hasOverview: !overview.isEmpty,
            story: story, heatmap: heatMapSVG())
        let title = content.pages.first { $0.slug == "index" }?.title ?? content.site.title
        return layout(title: title, body: templates.render(.index, context), path: "index.html")
    }

    func markdownPage(_ page: Page) throws(RenderError) -> RenderedFile {
        let body = templates.render(.page, MarkdownPage.Context(title: page.title, html: try markdownHTML(page)))
        return layout(title: page.title, body: body, path: SitePaths.pageFile(page.slug))
    }

    /// A maintainer's page: Mustache over the site's data first, then cmark-gfm with raw HTML allowed.
    func markdownHTML(_ page: Page) throws(RenderError) -> String {
        let context = MarkdownPage.SourceContext(
            site: contexts.site(), languages: languagesByName.map(contexts.language),
            models: content.models.map { MarkdownPage.Model(id: $0.id, name: $0.name, url: paths.model($0.id)) })
        let markdown: String
        do {
            markdown = try templates.renderMarkdownTemplate(page.body, context)
        } catch {
            throw RenderError(path: page.path, line: page.bodyLine + error.line - 1,
                              message: "invalid Mustache in the page: \(error.message)")
        }
        return Markdown.html(markdown, trust: .maintainer)
    }

    func effortsPage() -> RenderedFile {
        let context = EffortsPage.Context(languages: languagesByName.map(contexts.language))
        return layout(title: "Translation efforts", body: templates.render(.efforts, context), path: "efforts/index.html")
    }
}
