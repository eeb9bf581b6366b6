/// What every site needs besides its pages: `sitemap.xml`, `robots.txt`, `404.html`, and the
/// canonical address of each page (for the layout's canonical link and link-preview meta).
///
/// Addresses start from `base_url`. Sitemaps and link previews want absolute URLs: with an
/// absolute `base_url` (`https://host/mpep/`) they get them, and `robots.txt` names the sitemap;
/// with a path-only `base_url` (`/mpep/`) the sitemap holds root-relative paths and `og:url` is
/// left out, since a build cannot know its host.
extension SiteRenderer {
    /// Whether `base_url` names a host, so addresses built from it are absolute.
    var hasAbsoluteRoot: Bool {
        let root = paths.root.lowercased()
        return root.hasPrefix("https://") || root.hasPrefix("http://")
    }

    /// The clean URL a file is served at: `languages/nl/index.html` → `<root>languages/nl/`.
    func canonicalURL(_ path: String) -> String {
        if path == "index.html" { return paths.root }
        if path.hasSuffix("/index.html") { return paths.root + path.dropLast("index.html".count) }
        return paths.root + path
    }

    /// The sitemap, robots.txt and the not-found page, from the paths of the files already rendered.
    func siteBasicsFiles(pagePaths: [String]) -> [RenderedFile] {
        let urls = pagePaths.filter { $0 == "index.html" || $0.hasSuffix("/index.html") }.sorted()
            .map { "<url><loc>\(XMLText.escaped(canonicalURL($0)))</loc></url>\n" }
        let sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls.joined() + "</urlset>\n"
        var robots = "User-agent: *\nAllow: /\n"
        if hasAbsoluteRoot { robots += "Sitemap: \(paths.root)sitemap.xml\n" }
        let context = NotFoundPage.Context(home: paths.home(), efforts: paths.efforts(),
                                           languages: languagesByName.map(contexts.language))
        let notFound = layout(title: "Page not found", body: templates.render(.notFound, context), path: "404.html")
        return [RenderedFile(path: "sitemap.xml", text: sitemap), RenderedFile(path: "robots.txt", text: robots), notFound]
    }
}

extension SiteRenderer {
    /// The layout's head links for one page: canonical address, favicon, the script, and
    /// `og:url` when the address is absolute.
    func pageMeta(path: String) -> Layout.PageMeta {
        var meta = Layout.PageMeta(canonical: canonicalURL(path), favicon: paths.asset("favicon.svg"),
                                   script: paths.asset("leaderboard.js"))
        if path == "404.html" {
            meta.notFound = true   // served at any missing address: it has no canonical one
        } else if hasAbsoluteRoot {
            meta.ogURL = canonicalURL(path)
        }
        return meta
    }
}
