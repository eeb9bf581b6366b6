import MPEPContent
import MPEPRank
import MPEPTemplates

/// Builds the values that templates read. Every value that came from a pull request is
/// passed as a text, so `{{…}}` escapes it; only HTML that mpep made (rendered Markdown, SVG)
/// goes into `{{{…}}}` tags.
struct Contexts {
    let content: Content
    let rankings: Rankings
    let paths: SitePaths
    /// Models and judges by id: every answer block and table row names one, so no linear search.
    private let models: [String: ModelInfo]
    private let judges: [String: JudgeInfo]

    init(content: Content, rankings: Rankings, paths: SitePaths) {
        self.content = content
        self.rankings = rankings
        self.paths = paths
        models = Dictionary(content.models.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        judges = Dictionary(content.judges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func site() -> [String: TemplateValue] {
        var site: [String: TemplateValue] = [
            "title": .text(content.site.title),
            "description": .text(content.site.description),
            "root": .text(paths.root),
            "stylesheet": .text(paths.asset("style.css")),
            "efforts_url": .text(paths.efforts()),
            "feed_url": .text(paths.file("feed.xml")),
        ]
        if let notice = content.site.notice { site["notice"] = .text(notice) }
        return site
    }

    /// The navigation: the home page, the maintainers' pages, and the efforts page.
    func navigation() -> [[String: TemplateValue]] {
        var items: [[String: TemplateValue]] = [["title": "Leaderboards", "url": .text(paths.home())]]
        for page in content.pages where page.slug != "index" {
            items.append(["title": .text(page.title), "url": .text(paths.page(page.slug))])
        }
        items.append(["title": "Translation efforts", "url": .text(paths.efforts())])
        items.append(["title": "What changed", "url": .text(paths.file("changelog/"))])
        return items
    }

    func modelName(_ id: String) -> String {
        models[id]?.name ?? id
    }

    func judgeName(_ id: String) -> String {
        judges[id]?.name ?? id
    }

    /// One language's summary, used by the index, the efforts table and the README.
    func language(_ language: LanguageContent) -> [String: TemplateValue] {
        let info = language.info
        let translated = language.prompts.count
        let reviewed = language.prompts.filter { $0.status == .reviewed }.count
        // Counted from the content, not the rankings, so the README table needs no statistics.
        let reference = content.reference(for: info)
        let evaluated = (language.annotations[content.site.judge] ?? [:]).keys.filter { $0 != reference }.count
        var summary: [String: TemplateValue] = [
            "code": .text(info.code),
            "name": .text(info.name),
            "native_name": .text(info.nativeName),
            "dir": .text(info.direction.rawValue),
            "status": .text(info.status.rawValue),
            "url": .text(paths.language(info.code)),
            "leads": .text(info.leads.joined(separator: ", ")),
            // A text is truthy even when empty: a section on "leads" would show "Led by" and no one.
            "has_leads": .bool(!info.leads.isEmpty),
            "lead_list": .objects(info.leads.map { ["name": .text($0)] }),
            "translated": .number(translated),
            "reviewed": .number(reviewed),
            "target": .number(info.target),
            "percent": .number(Formatting.percent(translated, of: info.target)),
            "models_evaluated": .number(evaluated),
        ]
        if let space = info.space { summary["space"] = .text(space) }
        if let dashboard = info.dashboard { summary["dashboard"] = .text(dashboard) }
        if let dataset = info.dataset { summary["dataset"] = .text(dataset) }
        return summary
    }

    /// A figure with one decimal, or a dash when it is undefined.
    func figure(_ value: Double?) -> String {
        value.map { Formatting.fixed($0, 1) } ?? "–"
    }

    /// A leaderboard's rows for the table partial.
    func rows(_ board: JudgeLeaderboard) -> [[String: TemplateValue]] {
        board.entries.map { entry in
            let model = models[entry.model]
            var row: [String: TemplateValue] = [
                "rank": .number(entry.rank),
                "rank_range": .text(entry.rankHigh == entry.rankLow ? "\(entry.rankHigh)" : "\(entry.rankHigh)–\(entry.rankLow)"),
                "model": .text(entry.model),
                "model_name": .text(model?.name ?? entry.model),
                "model_url": .text(paths.model(entry.model)),
                "organization": .text(model?.organization ?? ""),
                "mode": .text(model?.mode.rawValue ?? "community"),
                "win_rate": .text(Formatting.fixed(entry.winRate, 1)),
                "standard_error": .text(Formatting.fixed(entry.standardError, 1)),
                "ci": .text(entry.ciLow.map { "\(Formatting.fixed($0, 1))–\(figure(entry.ciHigh))" } ?? "–"),
                "lc": .text(figure(entry.lengthControlledWinRate)),
                "lc_standard_error": .text(figure(entry.lcStandardError)),
                "lc_ci": .text(entry.lcCILow.map { "\(Formatting.fixed($0, 1))–\(figure(entry.lcCIHigh))" } ?? "–"),
                "discrete_win_rate": .text(Formatting.fixed(entry.discreteWinRate, 1)),
                "n_total": .number(entry.nTotal),
                "n_wins": .number(entry.nWins),
                "n_wins_base": .number(entry.nWinsBase),
                "n_draws": .number(entry.nDraws),
                "avg_length": .text(Formatting.count(entry.avgLength)),
                "avg_length_raw": .number(entry.avgLength),
            ]
            if let svg = Whisker.svg(point: entry.lengthControlledWinRate, low: entry.lcCILow, high: entry.lcCIHigh) {
                row["lc_whisker"] = .text(svg)
            }
            if let svg = Whisker.svg(point: entry.winRate, low: entry.ciLow, high: entry.ciHigh) {
                row["whisker"] = .text(svg)
            }
            if entry.lcIsFlat { row["lc_flat"] = true }
            if let lc = entry.lengthControlledWinRate, abs(lc - entry.winRate) >= Self.disagreement {
                row["disagree"] = true
            }
            if model?.openWeights == true { row["open_weights"] = true }
            return row
        }
    }

    /// LC and raw win rate further apart than this (points) are flagged: length is doing much of the work.
    static let disagreement = 10.0

    /// A leaderboard ready for the `leaderboard-table` partial.
    func leaderboard(_ board: JudgeLeaderboard, language: LanguageContent) -> [String: TemplateValue] {
        [
            "caption": "\(language.info.name): models against \(modelName(content.reference(for: language.info))), judged by \(judgeName(board.judge))",
            "judge": .text(board.judge),
            "judge_name": .text(judgeName(board.judge)),
            "rows": .objects(rows(board)),
        ]
    }
}
