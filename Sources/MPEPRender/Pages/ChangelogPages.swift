import Foundation
import MPEPRank
import MPEPTemplates

/// The changelog page, its Atom feed and `changelog.json` (which the next build reads back).
extension SiteRenderer {
    func changelogFiles() -> [RenderedFile] {
        let entries = Changelog.entries(previous: previous, rankings: rankings, primaryJudge: content.site.judge,
                                        date: buildDate)
        let items: [[String: TemplateValue]] = entries.map { entry in
            var item: [String: TemplateValue] = [
                "number": .number(entry.number),
                "anchor": "build-\(entry.number)",
                "link": .text(canonicalURL("changelog/index.html") + "#build-\(entry.number)"),
                "changes": .objects(entry.changes.map { ["text": .text(describe($0))] }),
                "updated": .text(entry.date ?? buildDate ?? Self.undated),
            ]
            if let date = entry.date { item["date"] = .text(date) }
            return item
        }
        let context: [String: TemplateValue] = [
            "entries": .objects(items),
            "has_entries": .bool(!items.isEmpty),
            "feed_url": .text(paths.file("feed.xml")),
        ]
        let feedContext: [String: TemplateValue] = [
            "site": .object(contexts.site()),
            "id": .text(hasAbsoluteRoot ? canonicalURL("changelog/index.html") : "tag:mpep,2024:\(paths.root)changelog/"),
            "self": .text(canonicalURL("feed.xml")),
            "page": .text(canonicalURL("changelog/index.html")),
            "updated": .text(entries.first?.date ?? Self.undated),
            "entries": .objects(items),
        ]
        return [
            layout(title: "What changed", body: templates.render("changelog", context), path: "changelog/index.html"),
            RenderedFile(path: "feed.xml", text: templates.render("feed", feedContext)),
            RenderedFile(path: "changelog.json", data: LeaderboardData.encode(entries)),
        ]
    }

    /// Atom requires a date. The pipeline always dates a build (`BuildDate`), so only a renderer made
    /// by hand without a date falls back to this.
    static let undated = "1970-01-01T00:00:00Z"

    private func describe(_ change: Change) -> String {
        let language = change.language.map { code in content.language(code)?.info.name ?? code } ?? ""
        let model = change.model.map(contexts.modelName) ?? ""
        switch change.kind {
        case .firstBuild:
            return "First published build."
        case .newLanguage:
            return "New leaderboard: \(language)."
        case .newModel:
            return "\(model) joins the \(language) leaderboard " + (change.to.map { "at rank \($0)." } ?? "as provisional (too few prompts to rank).")
        case .removedModel:
            return "\(model) left the \(language) leaderboard" + (change.from.map { " (was rank \($0))." } ?? ".")
        case .rank:
            let (from, to) = (change.from ?? 0, change.to ?? 0)
            return "\(model) \(to < from ? "rises" : "falls") from rank \(from) to \(to) in \(language)."
        }
    }
}
