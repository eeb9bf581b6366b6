import MPEPContent
import MPEPRank

/// Builds the dictionaries that templates read. Every value that came from a pull request is
/// passed as a plain string, so Mustache escapes it; only HTML that mpep made (rendered
/// Markdown) goes into `{{{…}}}` tags.
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

    func site() -> [String: Any] {
        var site: [String: Any] = [
            "title": content.site.title,
            "description": content.site.description,
            "root": paths.root,
            "stylesheet": paths.asset("style.css"),
            "efforts_url": paths.efforts(),
            "feed_url": paths.file("feed.xml"),
        ]
        if let notice = content.site.notice { site["notice"] = notice }
        return site
    }

    /// The navigation: the home page, the maintainers' pages, and the efforts page.
    func navigation() -> [[String: Any]] {
        var items: [[String: Any]] = [["title": "Leaderboards", "url": paths.home()]]
        for page in content.pages where page.slug != "index" {
            items.append(["title": page.title, "url": paths.page(page.slug)])
        }
        items.append(["title": "Translation efforts", "url": paths.efforts()])
        items.append(["title": "What changed", "url": paths.file("changelog/")])
        return items
    }

    func modelName(_ id: String) -> String {
        models[id]?.name ?? id
    }

    func judgeName(_ id: String) -> String {
        judges[id]?.name ?? id
    }

    /// One language's summary, used by the index, the efforts table and the README.
    func language(_ language: LanguageContent) -> [String: Any] {
        let info = language.info
        let translated = language.prompts.count
        let reviewed = language.prompts.filter { $0.status == .reviewed }.count
        // Counted from the content, not the rankings, so the README table needs no statistics.
        let reference = content.reference(for: info)
        let evaluated = (language.annotations[content.site.judge] ?? [:]).keys.filter { $0 != reference }.count
        var summary: [String: Any] = [
            "code": info.code,
            "name": info.name,
            "native_name": info.nativeName,
            "dir": info.direction.rawValue,
            "status": info.status.rawValue,
            "url": paths.language(info.code),
            "leads": info.leads.joined(separator: ", "),
            "lead_list": info.leads.map { ["name": $0] },
            "translated": translated,
            "reviewed": reviewed,
            "target": info.target,
            "percent": Formatting.percent(translated, of: info.target),
            "models_evaluated": evaluated,
        ]
        if let space = info.space { summary["space"] = space }
        if let dashboard = info.dashboard { summary["dashboard"] = dashboard }
        if let dataset = info.dataset { summary["dataset"] = dataset }
        return summary
    }

    /// A figure with one decimal, or a dash when it is undefined.
    func figure(_ value: Double?) -> String {
        value.map { Formatting.fixed($0, 1) } ?? "–"
    }

    /// A leaderboard's rows for the table partial.
    func rows(_ board: JudgeLeaderboard) -> [[String: Any]] {
        board.entries.map { entry in
            let model = models[entry.model]
            var row: [String: Any] = [
                "rank": entry.rank,
                "rank_range": entry.rankHigh == entry.rankLow ? "\(entry.rankHigh)" : "\(entry.rankHigh)–\(entry.rankLow)",
                "model": entry.model,
                "model_name": model?.name ?? entry.model,
                "model_url": paths.model(entry.model),
                "organization": model?.organization ?? "",
                "mode": model?.mode.rawValue ?? "community",
                "win_rate": Formatting.fixed(entry.winRate, 1),
                "standard_error": Formatting.fixed(entry.standardError, 1),
                "ci": entry.ciLow.map { "\(Formatting.fixed($0, 1))–\(figure(entry.ciHigh))" } ?? "–",
                "lc": figure(entry.lengthControlledWinRate),
                "lc_standard_error": figure(entry.lcStandardError),
                "lc_ci": entry.lcCILow.map { "\(Formatting.fixed($0, 1))–\(figure(entry.lcCIHigh))" } ?? "–",
                "discrete_win_rate": Formatting.fixed(entry.discreteWinRate, 1),
                "n_total": entry.nTotal,
                "n_wins": entry.nWins,
                "n_wins_base": entry.nWinsBase,
                "n_draws": entry.nDraws,
                "avg_length": Formatting.count(entry.avgLength),
                "avg_length_raw": entry.avgLength,
            ]
            if let svg = Whisker.svg(point: entry.lengthControlledWinRate, low: entry.lcCILow, high: entry.lcCIHigh) {
                row["lc_whisker"] = svg
            }
            if let svg = Whisker.svg(point: entry.winRate, low: entry.ciLow, high: entry.ciHigh) {
                row["whisker"] = svg
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
    func leaderboard(_ board: JudgeLeaderboard, language: LanguageContent) -> [String: Any] {
        [
            "caption": "\(language.info.name): models against \(modelName(content.reference(for: language.info))), judged by \(judgeName(board.judge))",
            "judge": board.judge,
            "judge_name": judgeName(board.judge),
            "rows": rows(board),
        ]
    }
}
