/// Where every page lives, as clean URLs (`languages/nl/` served from `languages/nl/index.html`).
///
/// Links are absolute from `base_url`, so the site works at a domain's root and under a
/// sub-path such as a GitHub Pages project site (`/mpep/`). Ids are validated by the load stage
/// before they get here, so none can leave its folder.
struct SitePaths: Sendable {
    /// Always ends with "/".
    let root: String

    func home() -> String { root }
    func language(_ code: String) -> String { root + "languages/" + code + "/" }
    func model(_ id: String) -> String { root + "models/" + id + "/" }
    func efforts() -> String { root + "efforts/" }
    func page(_ slug: String) -> String { slug == "index" ? root : root + slug + "/" }
    func asset(_ name: String) -> String { root + "assets/" + name }
    func file(_ relative: String) -> String { root + relative }

    // Files in the output folder.
    static func languageFile(_ code: String, _ name: String) -> String { "languages/\(code)/\(name)" }
    static func modelFile(_ id: String) -> String { "models/\(id)/index.html" }
    static func pageFile(_ slug: String) -> String { slug == "index" ? "index.html" : "\(slug)/index.html" }
}
