import MPEPContent
import MPEPParallel
import MPEPStats

/// The rank stage: turns loaded content into leaderboards, one per language and judge, plus the
/// cross-language view and the judges' agreement.
///
/// Head-to-head figures and the length-controlled win rates are AlpacaEval's, computed on each
/// model's annotation rows in file order; intervals come from a paired bootstrap over the
/// language's prompts (`MPEPStats.Bootstrap`), seeded per language and judge so that every build
/// gives the same numbers. Languages are ranked in parallel, and so is the work within a language
/// (`Ranker+Language.swift`).
public enum Ranker {
    /// A language read in outline (`LanguageRecords.outlined`) that `reuse` gave no ranking for:
    /// it has no records to rank. The incremental build outlines only languages whose ranking it
    /// holds, so this names a broken cache, not bad content.
    public struct OutlinedWithoutRanking: Error, CustomStringConvertible, Sendable {
        public let code: String
        public var description: String {
            "languages/\(code): the build cache gave no ranking for a language it read in outline; build again with --no-cache"
        }
    }

    /// `reuse` may answer a language's ranking without computing it, and `keep` is handed each one
    /// computed: an incremental build re-ranks only the languages whose inputs changed (a single
    /// language to rank gets every core: `ParallelMap.map(_:reusing:compute:)`).
    public static func rank(
        _ content: Content, options: RankOptions? = nil,
        reuse: @Sendable (LanguageContent) -> LanguageRanking? = { _ in nil },
        keep: @Sendable (LanguageContent, LanguageRanking) -> Void = { _, _ in }
    ) throws(OutlinedWithoutRanking) -> Rankings {
        let options = options ?? RankOptions(content.site)
        let judgeKinds = Dictionary(content.judges.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let categories = Dictionary(content.sourcePrompts.map { ($0.id, $0.category ?? "uncategorized") },
                                    uniquingKeysWith: { a, _ in a })
        let results = ParallelMap.map(content.languages, reusing: { reuse($0).map(Result.success) }) { language in
            guard let records = language.loaded else {
                return Result<LanguageRanking, OutlinedWithoutRanking>.failure(OutlinedWithoutRanking(code: language.info.code))
            }
            let ranking = rank(language, records: records, reference: content.reference(for: language.info),
                               options: options, categories: categories, judgeKinds: judgeKinds)
            keep(language, ranking)
            return .success(ranking)
        }
        var all: [LanguageRanking] = []
        for result in results { all.append(try result.get()) }
        return Rankings(languages: all, overall: Overall.entries(all), agreement: Agreement.pooled(all))
    }

    /// The joint difficulty fit of one judge's verdicts, nil with fewer than two models (it then says
    /// nothing).
    static func difficultyFit(_ matrix: JudgeMatrix) -> InstructionDifficultyFit? {
        guard matrix.models.count >= 2 else { return nil }
        return InstructionDifficultyFit(preferences: matrix.preferences, modelLengths: matrix.modelLengths,
                                        referenceLengths: matrix.referenceLengths)
    }

    static func byPrompt(_ matrix: JudgeMatrix, _ values: [Double]) -> [String: Double] {
        Dictionary(zip(matrix.prompts, values), uniquingKeysWith: { a, _ in a })
    }

    /// A leaderboard's rows ranked by win rate, whatever its own ranking figure, by model id: what the
    /// raw-figures view of a table shows in its rank column (the rank follows the figure shown).
    public static func rankedByWinRate(_ entries: [LeaderboardEntry]) -> [String: LeaderboardEntry] {
        Dictionary(assignRanks(entries, by: .winRate).map { ($0.model, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The ranked rows best first, then the provisional rows (no rank), each group by the table's
    /// ranking figure, then id, so ties are ordered deterministically; equal figures share a rank.
    ///
    /// The rule: a table is ranked by one figure, the shown LC when every ranked row's LC is an
    /// estimate (defined, not a flat fit), else the win rate, so no rank depends on a figure that is not
    /// an estimate. Rank ranges come from the intervals of that same figure (none when the bootstrap is
    /// off). Provisional rows (`LeaderboardEntry.provisional`) are left out of the ranks and of the
    /// others' ranges: their wide intervals would only widen everyone's.
    ///
    /// `figure` overrides the rule: the raw-figures view ranks the same rows by win rate.
    static func assignRanks(_ entries: [LeaderboardEntry], by figure: LeaderboardEntry.RankFigure? = nil)
        -> [LeaderboardEntry] {
        let ranked = entries.filter { !$0.provisional }
        let figure: LeaderboardEntry.RankFigure = figure
            ?? ((ranked.isEmpty ? entries : ranked).allSatisfy { $0.estimatedLC != nil } ? .lengthControlled : .winRate)
        func best(_ rows: [LeaderboardEntry]) -> [LeaderboardEntry] {
            rows.map { row in
                var row = row
                row.rankFigure = figure
                return row
            }.sorted { ($0.rankingScore, $1.model) > ($1.rankingScore, $0.model) }
        }
        var sorted = best(ranked)
        for i in sorted.indices {
            sorted[i].rank = i > 0 && sorted[i].rankingScore == sorted[i - 1].rankingScore ? sorted[i - 1].rank : i + 1
        }
        let intervals = sorted.map { figure == .lengthControlled ? $0.estimatedLCInterval : $0.winRateInterval }
        if intervals.allSatisfy({ $0 != nil }) {
            let ranges = rankRanges(intervals.map { $0! }, points: sorted.map(\.rankingScore))
            for i in sorted.indices {
                sorted[i].rankHigh = ranges[i].high
                sorted[i].rankLow = ranges[i].low
            }
        } else {
            for i in sorted.indices {
                sorted[i].rankHigh = sorted[i].rank
                sorted[i].rankLow = sorted[i].rank
            }
        }
        let provisional = best(entries.filter(\.provisional)).map { row in
            var row = row
            (row.rank, row.rankHigh, row.rankLow) = (nil, nil, nil)
            return row
        }
        return sorted + provisional
    }
}

/// NaN (an undefined figure) becomes nil, so it is published as `null` and shown as a dash.
func finite(_ value: Double) -> Double? {
    value.isFinite ? value : nil
}
