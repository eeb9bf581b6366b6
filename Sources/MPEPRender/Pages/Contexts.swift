import MPEPContent
import MPEPRank
import MPEPStats

/// Builds the values that several pages' templates read (`SharedContexts.swift` has their types).
/// Every value that came from a pull request is passed as a text, so `{{…}}` escapes it; only HTML
/// that mpep made (rendered Markdown, SVG) goes into `{{{…}}}` tags.
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

    func site() -> SiteContext {
        SiteContext(title: content.site.title, description: content.site.description, root: paths.root,
                    stylesheet: paths.asset("style.css"), effortsURL: paths.efforts(), feedURL: paths.file("feed.xml"),
                    notice: content.site.notice)
    }

    /// The navigation: the home page, the maintainers' pages, and the efforts page.
    func navigation() -> [Link] {
        var items = [Link(title: "Leaderboards", url: paths.home())]
        for page in content.pages where page.slug != "index" {
            items.append(Link(title: page.title, url: paths.page(page.slug)))
        }
        items.append(Link(title: "Translation efforts", url: paths.efforts()))
        items.append(Link(title: "What changed", url: paths.file("changelog/")))
        return items
    }

    func modelName(_ id: String) -> String {
        models[id]?.name ?? id
    }

    func judgeName(_ id: String) -> String {
        judges[id]?.name ?? id
    }

    /// One language's summary, used by the index, the efforts table and the README.
    func language(_ language: LanguageContent) -> LanguageSummary {
        let info = language.info
        let translated = language.prompts.count
        let reviewed = language.prompts.filter { $0.status == .reviewed }.count
        // Counted from the content, not the rankings, so the README table needs no statistics.
        let reference = content.reference(for: info)
        let evaluated = (language.files.annotations[content.site.judge] ?? []).filter { $0 != reference }.count
        return LanguageSummary(
            code: info.code, name: info.name, nativeName: info.nativeName, dir: info.direction.rawValue,
            status: info.status.rawValue, url: paths.language(info.code), leads: info.leads.joined(separator: ", "),
            hasLeads: !info.leads.isEmpty, leadList: info.leads.map(LanguageSummary.Lead.init),
            translated: translated, reviewed: reviewed, target: info.target,
            percent: Formatting.percent(translated, of: info.target), modelsEvaluated: evaluated,
            space: info.space, dashboard: info.dashboard, dataset: info.dataset)
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
    func rows(_ board: JudgeLeaderboard) -> [LeaderboardRow] {
        let rawRanks = Self.winRateRanks(board.entries)
        return board.entries.map { entry in
            let model = models[entry.model]
            let lc = entry.estimatedLC
            let lcInterval = entry.estimatedLCInterval
            return LeaderboardRow(
                rank: Self.rankText(entry),
                rankRaw: rawRanks[entry.model] ?? "–",
                model: entry.model,
                modelName: model?.name ?? entry.model,
                modelURL: paths.model(entry.model),
                organization: model?.organization ?? "",
                mode: model?.mode.rawValue ?? "community",
                winRate: Formatting.fixed(entry.winRate, 1),
                standardError: Formatting.fixed(entry.standardError, 1),
                ci: entry.ciLow.map { "\(Formatting.fixed($0, 1))–\(figure(entry.ciHigh))" } ?? "–",
                lc: figure(lc),
                lcStandardError: figure(lc == nil ? nil : entry.lcStandardError),
                lcCI: lcInterval.map { "\(Formatting.fixed($0.low, 1))–\(Formatting.fixed($0.high, 1))" } ?? "–",
                discreteWinRate: Formatting.fixed(entry.discreteWinRate, 1),
                nTotal: entry.nTotal, nWins: entry.nWins, nWinsBase: entry.nWinsBase, nDraws: entry.nDraws,
                avgLength: Formatting.count(entry.avgLength), avgLengthRaw: entry.avgLength,
                lcWhisker: Whisker.svg(point: lc, low: lcInterval?.low, high: lcInterval?.high),
                whisker: Whisker.svg(point: entry.winRate, low: entry.ciLow, high: entry.ciHigh),
                lcFlat: ifTrue(entry.lcFlatFit),
                provisional: ifTrue(entry.provisional),
                disagree: ifTrue(lc.map { abs($0 - entry.winRate) >= Self.disagreement } ?? false),
                openWeights: ifTrue(model?.openWeights == true))
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
    func leaderboard(_ board: JudgeLeaderboard, language: LanguageContent) -> LeaderboardTable {
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
        return LeaderboardTable(
            caption: "\(language.info.name): models against \(modelName(content.reference(for: language.info))), judged by \(judgeName(board.judge)), on \(n) prompts",
            judge: board.judge,
            judgeName: judgeName(board.judge),
            axis: Whisker.axis(),
            rows: rows(board),
            rankBy: byWinRate ? "win rate" : "length-controlled win rate",
            minimumPrompts: content.site.minimumPrompts,
            rankNote: notes.isEmpty ? nil : notes.joined(separator: " "),
            primary: board.judge == content.site.judge)
    }
}
