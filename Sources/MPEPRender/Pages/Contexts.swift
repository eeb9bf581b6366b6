import MPEPContent
import MPEPRank

/// Builds the dictionaries that templates read. Every value that came from a pull request is
/// passed as a plain string, so Mustache escapes it; only HTML that mpep made (rendered
/// Markdown) goes into `{{{…}}}` tags.
struct Contexts {
    let content: Content
    let rankings: Rankings
    let paths: SitePaths

    func site() -> [String: Any] {
        var site: [String: Any] = [
            "title": content.site.title,
            "description": content.site.description,
            "root": paths.root,
            "stylesheet": paths.asset("style.css"),
            "efforts_url": paths.efforts(),
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
        return items
    }

    func modelName(_ id: String) -> String {
        content.model(id)?.name ?? id
    }

    func judgeName(_ id: String) -> String {
        content.judge(id)?.name ?? id
    }

    /// One language's summary, used by the index, the efforts table and the README.
    func language(_ language: LanguageContent) -> [String: Any] {
        let info = language.info
        let translated = language.prompts.count
        let reviewed = language.prompts.filter { $0.status == .reviewed }.count
        let evaluated = rankings.language(info.code)?.primary?.entries.count ?? 0
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

    /// A leaderboard's rows for the table partial.
    func rows(_ board: JudgeLeaderboard) -> [[String: Any]] {
        board.entries.map { entry in
            let model = content.model(entry.model)
            var row: [String: Any] = [
                "rank": entry.rank,
                "model": entry.model,
                "model_name": model?.name ?? entry.model,
                "model_url": paths.model(entry.model),
                "organization": model?.organization ?? "",
                "win_rate": Formatting.fixed(entry.winRate, 1),
                "standard_error": Formatting.fixed(entry.standardError, 1),
                "discrete_win_rate": Formatting.fixed(entry.discreteWinRate, 1),
                "n_total": entry.nTotal,
                "n_wins": entry.nWins,
                "n_wins_base": entry.nWinsBase,
                "n_draws": entry.nDraws,
                "avg_length": Formatting.count(entry.avgLength),
            ]
            if model?.openWeights == true { row["open_weights"] = true }
            return row
        }
    }

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
