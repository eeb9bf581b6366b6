/// The contexts of the pages that belong to the whole site rather than to a language or a model:
/// the layout around every page, the index, a maintainer's Markdown page, the efforts page, the
/// README's efforts table and the not-found page. `SiteRenderer` fills them (`SiteRenderer.swift`,
/// `SiteBasics.swift`).

/// `layout.mustache`: every HTML page's head, navigation and footer around its `body`.
enum Layout {
    struct Context: Encodable, Sendable {
        var site: SiteContext
        var nav: [Link]
        var title: String
        var pageTitle: String
        var description: String
        var lang: String
        var dir: String
        /// The page's own template, rendered.
        var body: String
        /// The build's day ("2026-12-04") and its full date, for "last updated"; nil undated.
        var updated: String?
        var updatedDatetime: String?
        var meta: PageMeta

        enum CodingKeys: CodingKey {
            case site, nav, title, pageTitle, description, lang, dir, body, updated, updatedDatetime
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(site, forKey: .site)
            try container.encode(nav, forKey: .nav)
            try container.encode(title, forKey: .title)
            try container.encode(pageTitle, forKey: .pageTitle)
            try container.encode(description, forKey: .description)
            try container.encode(lang, forKey: .lang)
            try container.encode(dir, forKey: .dir)
            try container.encode(body, forKey: .body)
            try container.encodeIfPresent(updated, forKey: .updated)
            try container.encodeIfPresent(updatedDatetime, forKey: .updatedDatetime)
            try meta.encode(to: encoder)   // the head links sit beside the rest, not under a name
        }
    }

    /// The layout's head links for one page (`SiteRenderer.pageMeta(path:)`).
    struct PageMeta: Encodable, Sendable {
        var canonical: String
        var favicon: String
        var script: String
        /// The not-found page is served at any missing address: it has no canonical one.
        var notFound: Bool?
        var ogURL: String?
    }
}

/// `index.mustache`: the home page.
enum IndexPage {
    struct Context: Encodable, Sendable {
        var site: SiteContext
        var languages: [LanguageSummary]
        var rankedLanguages: [LanguageSummary]
        var overview: [OverviewRow]
        var hasOverview: Bool
        /// The maintainers' `pages/index.md`, rendered.
        var story: String?
        var heatmap: String?
    }

    /// A model's row of the overview table: a cell per ranked language.
    struct OverviewRow: Encodable, Sendable {
        var modelName: String
        var modelURL: String
        var cells: [OverviewCell]
    }

    /// A figure, or `empty` where the model is not on that language's leaderboard.
    struct OverviewCell: Encodable, Sendable {
        var empty: Bool?
        var winRate: String?
        var n: Int?
        var provisional: Bool?
        var url: String?

        static let none = OverviewCell(empty: true)
    }
}

/// `page.mustache`: a maintainer's Markdown page (`content/pages/*.md`).
enum MarkdownPage {
    struct Context: Encodable, Sendable {
        var title: String
        var html: String
    }

    /// What the Markdown itself may show through Mustache, before cmark renders it.
    struct SourceContext: Encodable, Sendable {
        var site: SiteContext
        var languages: [LanguageSummary]
        var models: [Model]
    }

    struct Model: Encodable, Sendable {
        var id: String
        var name: String
        var url: String
    }
}

/// `efforts.mustache` (with its `efforts-table` partial): every language's translation progress.
enum EffortsPage {
    struct Context: Encodable, Sendable {
        var languages: [LanguageSummary]
    }
}

/// `readme-efforts.mustache`: the Markdown table between the README's efforts markers.
enum ReadmeEfforts {
    struct Context: Encodable, Sendable {
        var site: SiteContext
        /// Each summary's `url` links to the published site or to the language's folder.
        var languages: [LanguageSummary]
    }
}

/// `404.mustache`: the not-found page.
enum NotFoundPage {
    struct Context: Encodable, Sendable {
        var home: String
        var efforts: String
        var languages: [LanguageSummary]
    }
}
