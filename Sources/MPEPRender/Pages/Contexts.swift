import MPEPContent
import MPEPRank
import MPEPStats
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
        let evaluated = (language.files.annotations[content.site.judge] ?? []).filter { $0 != reference }.count
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

    /// "3" or "2–5" for a rank range; nil for a row without a rank (provisional).
    static func rankRange(high: Int?, low: Int?) -> String? {
        guard let high, let low else { return nil }
        return high == low ? "\(high)" : "\(high)–\(low)"
    }

    /// What a row's rank says: "3 (2–5)", or "–" for a provisional row, which is not ranked.
    static func rankText(_ entry: LeaderboardEntry) -> String {
        guard let rank = entry.rank, let range = rankRange(high: entry.rankHigh, low: entry.rankLow) else { return "–" }
        return "\(rank) (\(range))"
    }

    /// A leaderboard's rows for the table partial.
    ///
    /// The LC cell is a dash where the LC is not an estimate (flat fit), with the reason; its interval
    /// and whisker are drawn only for an estimate. `rank_raw` is the rank by win rate, which the
    /// "raw figures" view of the table shows in the rank column (the rank follows the figure shown).
    func rows(_ board: JudgeLeaderboard) -> [[String: TemplateValue]] {
        let rawRanks = Self.winRateRanks(board.entries)
        return board.entries.map { entry in
            let model = models[entry.model]
            let lc = entry.estimatedLC
            let lcInterval = entry.estimatedLCInterval
            var row: [String: TemplateValue] = [
                "rank": .text(Self.rankText(entry)),
                "rank_raw": .text(rawRanks[entry.model] ?? "–"),
                "model": .text(entry.model),
                "model_name": .text(model?.name ?? entry.model),
                "model_url": .text(paths.model(entry.model)),
                "organization": .text(model?.organization ?? ""),
                "mode": .text(model?.mode.rawValue ?? "community"),
                "win_rate": .text(Formatting.fixed(entry.winRate, 1)),
                "standard_error": .text(Formatting.fixed(entry.standardError, 1)),
                "ci": .text(entry.ciLow.map { "\(Formatting.fixed($0, 1))–\(figure(entry.ciHigh))" } ?? "–"),
                "lc": .text(figure(lc)),
                "lc_standard_error": .text(figure(lc == nil ? nil : entry.lcStandardError)),
                "lc_ci": .text(lcInterval.map { "\(Formatting.fixed($0.low, 1))–\(Formatting.fixed($0.high, 1))" } ?? "–"),
                "discrete_win_rate": .text(Formatting.fixed(entry.discreteWinRate, 1)),
                "n_total": .number(entry.nTotal),
                "n_wins": .number(entry.nWins),
                "n_wins_base": .number(entry.nWinsBase),
                "n_draws": .number(entry.nDraws),
                "avg_length": .text(Formatting.count(entry.avgLength)),
                "avg_length_raw": .number(entry.avgLength),
            ]
            if let svg = Whisker.svg(point: lc, low: lcInterval?.low, high: lcInterval?.high) {
                row["lc_whisker"] = .text(svg)
            }
            if let svg = Whisker.svg(point: entry.winRate, low: entry.ciLow, high: entry.ciHigh) {
                row["whisker"] = .text(svg)
            }
            if entry.lcFlatFit { row["lc_flat"] = true }
            if entry.provisional { row["provisional"] = true }
            if let lc, abs(lc - entry.winRate) >= Self.disagreement {
                row["disagree"] = true
            }
            if model?.openWeights == true { row["open_weights"] = true }
            return row
        }
    }

    /// Each ranked row's rank by win rate with its range from the win-rate intervals ("3 (2–5)"),
    /// by model id: the rank column of the raw-figures view. Provisional rows have none.
    static func winRateRanks(_ entries: [LeaderboardEntry]) -> [String: String] {
        Ranker.rankedByWinRate(entries).filter { !$0.value.provisional }.mapValues(rankText)
    }

    /// LC and raw win rate further apart than this (points) are flagged: length is doing much of the work.
    static let disagreement = 10.0

    /// A leaderboard ready for the `leaderboard-table` partial: its rows, and in its caption the
    /// number of prompts, the figure the ranks follow and why, and what "provisional" means here.
    func leaderboard(_ board: JudgeLeaderboard, language: LanguageContent) -> [String: TemplateValue] {
        let counts = board.entries.map(\.nTotal)
        let n = (counts.min() ?? 0) == (counts.max() ?? 0) ? "\(counts.first ?? 0)" : "\(counts.min()!)–\(counts.max()!)"
        let byWinRate = board.entries.first?.rankFigure == .winRate
        var notes: [String] = []
        if byWinRate, board.entries.contains(where: { !$0.provisional && $0.lcFlatFit }) {
            notes.append("Ranked by win rate: for some models the length-controlled fit found nothing to estimate (“no estimate”), and one table is ranked by one figure.")
        } else if byWinRate {
            notes.append("Ranked by win rate: the length-controlled win rate is not available for every model.")
        }
        if board.entries.contains(where: \.provisional) {
            notes.append("Provisional rows have fewer than \(content.site.minimumPrompts) judged prompts: too few for a reliable interval, so they are not ranked.")
        }
        var table: [String: TemplateValue] = [
            "caption": .text("\(language.info.name): models against \(modelName(content.reference(for: language.info))), judged by \(judgeName(board.judge)), on \(n) prompts"),
            "judge": .text(board.judge),
            "judge_name": .text(judgeName(board.judge)),
            "axis": .text(Whisker.axis()),
            "rows": .objects(rows(board)),
            "rank_by": .text(byWinRate ? "win rate" : "length-controlled win rate"),
            "minimum_prompts": .number(content.site.minimumPrompts),
        ]
        if !notes.isEmpty { table["rank_note"] = .text(notes.joined(separator: " ")) }
        return table
    }
}
