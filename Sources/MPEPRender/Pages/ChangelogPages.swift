import Foundation
import MPEPRank

/// The changelog page, its Atom feed and `changelog.json` (which the next build reads back).
extension SiteRenderer {
    func changelogFiles() -> [RenderedFile] {
        let entries = Changelog.entries(previous: previous, rankings: rankings, primaryJudge: content.site.judge,
                                        date: buildDate)
        let items = entries.map { entry in
            ChangelogPage.Entry(
                number: entry.number, anchor: "build-\(entry.number)",
                link: canonicalURL("changelog/index.html") + "#build-\(entry.number)",
                changes: entry.changes.map { ChangelogPage.Change(text: describe($0)) },
                updated: entry.date ?? buildDate ?? Self.undated, date: entry.date)
        }
        let context = ChangelogPage.Context(entries: items, hasEntries: !items.isEmpty, feedURL: paths.file("feed.xml"))
        let feedContext = ChangelogPage.Feed(
            site: contexts.site(),
            id: hasAbsoluteRoot ? canonicalURL("changelog/index.html") : "tag:mpep,2024:\(paths.root)changelog/",
            selfURL: canonicalURL("feed.xml"),
            page: canonicalURL("changelog/index.html"),
            updated: entries.first?.date ?? Self.undated,
            entries: items)
        return [
            layout(title: "What changed", body: templates.render(.changelog, context), path: "changelog/index.html"),
            RenderedFile(path: "feed.xml", text: templates.render(.feed, feedContext)),
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

/// `changelog/` (`changelog.mustache`) and its Atom feed (`feed.mustache`), newest build first.
enum ChangelogPage {
    struct Context: Encodable, Sendable {
        var entries: [Entry]
        var hasEntries: Bool
        var feedURL: String
    }

    struct Feed: Encodable, Sendable {
        var site: SiteContext
        var id: String
        /// The feed's own address: `{{self}}`.
        var selfURL: String
        var page: String
        var updated: String
        var entries: [Entry]

        enum CodingKeys: String, CodingKey {
            case site, id, selfURL = "self", page, updated, entries
        }
    }

    /// One build's changes.
    struct Entry: Encodable, Sendable {
        var number: Int
        var anchor: String
        var link: String
        var changes: [Change]
        /// The entry's date, else the build's: Atom requires one.
        var updated: String
        /// Nil for an entry that was never dated.
        var date: String?
    }

    struct Change: Encodable, Sendable {
        var text: String
    }
}
