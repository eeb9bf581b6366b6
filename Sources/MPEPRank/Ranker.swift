import MPEPContent
import MPEPParallel
import MPEPStats

/// The rank stage: turns loaded content into leaderboards, one per language and judge, plus the
/// cross-language view and the judges' agreement.
///
/// Head-to-head figures and the length-controlled win rates are AlpacaEval's, computed on each
/// model's annotation rows in file order; intervals come from a paired bootstrap over the
/// language's prompts (`MPEPStats.Bootstrap`), seeded per language and judge so that every build
/// gives the same numbers. Languages are ranked in parallel.
public enum Ranker {
    /// `cached` may answer a language's ranking without computing it (`compute` does): an
    /// incremental build re-ranks only the languages whose inputs changed.
    public static func rank(
        _ content: Content, options: RankOptions? = nil,
        cached: @Sendable (LanguageContent, () -> LanguageRanking) -> LanguageRanking = { $1() }
    ) -> Rankings {
        let options = options ?? RankOptions(content.site)
        let judgeKinds = Dictionary(content.judges.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let categories = Dictionary(content.sourcePrompts.map { ($0.id, $0.category ?? "uncategorized") },
                                    uniquingKeysWith: { a, _ in a })
        let languages = ParallelMap.map(content.languages) { language in
            cached(language) {
                rank(language, reference: content.reference(for: language.info), options: options,
                     categories: categories, judgeKinds: judgeKinds)
            }
        }
        return Rankings(languages: languages, overall: Overall.entries(languages),
                        agreement: Agreement.pooled(languages))
    }

    static func rank(_ language: LanguageContent, reference: String, options: RankOptions,
                     categories: [String: String] = [:], judgeKinds: [String: JudgeInfo.Kind] = [:]) -> LanguageRanking {
        let lengths = OutputLengths(language)
        var boards: [JudgeLeaderboard] = []
        var matrices: [String: (JudgeMatrix, JudgeLeaderboard)] = [:]
        let judges = language.annotations.keys.sorted()
        let judgeMatrices = judges.map {
            JudgeMatrix(language: language, judge: $0, reference: reference, lengths: lengths)
        }
        // The prompts' difficulties are the language's, estimated once from the primary judge's
        // verdicts and used by every judge (AlpacaEval, too, estimates them with one judge and uses
        // them for all); a judge's own only where the primary judge has not judged two models here.
        let primaryDifficulty = judges.firstIndex(of: options.primaryJudge).flatMap { difficulties(judgeMatrices[$0]) }
        for (judge, matrix) in zip(judges, judgeMatrices) {
            let seed = options.seed(language: language.info.code, judge: judge)
            let board = leaderboard(matrix, judge: judge, reference: reference, lengths: lengths,
                                    difficulty: primaryDifficulty ?? difficulties(matrix),
                                    options: options, seed: seed, categories: categories)
            boards.append(board)
            matrices[judge] = (matrix, board)
        }
        return LanguageRanking(
            code: language.info.code, reference: reference, referenceAvgLength: lengths.averages[reference],
            leaderboards: boards, primaryJudge: options.primaryJudge,
            agreement: Agreement.rows(matrices, language: language.info.code, judgeKinds: judgeKinds))
    }

    /// The prompts' difficulties by prompt id from one judge's verdicts, nil with fewer than two
    /// models (the joint fit then says nothing).
    static func difficulties(_ matrix: JudgeMatrix) -> [String: Double]? {
        guard matrix.models.count >= 2 else { return nil }
        let values = instructionDifficulty(preferences: matrix.preferences, modelLengths: matrix.modelLengths,
                                           referenceLengths: matrix.referenceLengths)
        return Dictionary(zip(matrix.prompts, values), uniquingKeysWith: { a, _ in a })
    }

    static func leaderboard(_ matrix: JudgeMatrix, judge: String, reference: String, lengths: OutputLengths,
                            difficulty byID: [String: Double]?, options: RankOptions, seed: UInt64,
                            categories: [String: String]) -> JudgeLeaderboard {
        // In this matrix's prompt order; a prompt the difficulty fit had no row for gets 0, as in the fit.
        let difficulty: [Double]? = byID.map { d in matrix.prompts.map { d[$0] ?? 0 } }
        // Models are independent given the matrix: their fits and their bootstraps (on shared
        // resamples) run in parallel, so a single language uses every core too.
        let fitted = ParallelMap.map(Array(matrix.models.indices)) { m -> (LeaderboardEntry, LengthControlled) in
            let model = matrix.models[m]
            let rows = matrix.rows[m]
            let preferences = rows.map(\.preference)
            let stats = headToHead(preferences)
            var entry = LeaderboardEntry(
                model: model, winRate: stats.winRate, standardError: stats.standardError,
                nWins: stats.nWins, nWinsBase: stats.nWinsBase, nDraws: stats.nDraws, nTotal: stats.nTotal,
                discreteWinRate: stats.discreteWinRate, avgLength: lengths.averages[model] ?? 0)
            let (modelLengths, referenceLengths) = matrix.rowLengths(m, reference: reference, lengths: lengths)
            let minimal = lengthControlledWinRate(preferences: preferences, modelLengths: modelLengths,
                                                  referenceLengths: referenceLengths)
            entry.lcMinimalWinRate = finite(minimal.winRate)
            var shown = minimal
            if let difficulty {
                let rowDifficulty = rows.map { difficulty[matrix.promptIndex[$0.id]!] }
                let withDifficulty = lengthControlledWinRate(
                    preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths,
                    difficulty: rowDifficulty)
                entry.lcDifficultyWinRate = finite(withDifficulty.winRate)
                if options.lengthControl == .difficulty { shown = withDifficulty }
            } else if options.lengthControl == .difficulty {
                shown = LengthControlled(winRate: .nan, standardError: .nan, regularization: .nan, weights: [])
            }
            entry.lengthControlledWinRate = finite(shown.winRate)
            entry.lcStandardError = finite(shown.standardError)
            return (entry, shown)
        }
        var entries = fitted.map(\.0)
        if options.bootstrapRounds > 0, !entries.isEmpty {
            let bootstrap = Bootstrap(rounds: options.bootstrapRounds, seed: seed)
            let resamples = bootstrap.resamples(prompts: matrix.prompts.count)
            let lcDifficulty = options.lengthControl == .difficulty ? difficulty : nil
            let withLC = !(options.lengthControl == .difficulty && difficulty == nil)
            let intervals = ParallelMap.map(Array(matrix.models.indices)) { m -> (Interval, Interval?) in
                let ci = bootstrap.winRateIntervals([matrix.preferences[m]], resamples: resamples)[0]
                guard withLC else { return (ci, nil) }
                let lc = bootstrap.lengthControlledIntervals(
                    preferences: [matrix.preferences[m]], modelLengths: [matrix.modelLengths[m]],
                    referenceLengths: matrix.referenceLengths, difficulty: lcDifficulty, fits: [fitted[m].1],
                    resamples: resamples)[0]
                return (ci, lc)
            }
            for m in entries.indices {
                let (ci, lc) = intervals[m]
                entries[m].ciLow = finite(ci.low)
                entries[m].ciHigh = finite(ci.high)
                entries[m].lcCILow = lc.flatMap { finite($0.low) }
                entries[m].lcCIHigh = lc.flatMap { finite($0.high) }
            }
        }
        return JudgeLeaderboard(
            judge: judge, entries: assignRanks(entries),
            categories: Categories.results(matrix, categories: categories, options: options, seed: seed),
            difficulties: difficulty.map { d in
                zip(matrix.prompts, d).map { PromptDifficulty(id: $0, difficulty: $1) }
            } ?? [])
    }

    /// Best first by the ranking figure (then id, so ties are ordered deterministically); equal
    /// figures share a rank. Rank ranges come from the intervals of the same figure: the shown LC's
    /// where every model has one, else the win rate's.
    static func assignRanks(_ entries: [LeaderboardEntry]) -> [LeaderboardEntry] {
        var sorted = entries.sorted { ($0.rankingScore, $1.model) > ($1.rankingScore, $0.model) }
        for i in sorted.indices {
            sorted[i].rank = i > 0 && sorted[i].rankingScore == sorted[i - 1].rankingScore ? sorted[i - 1].rank : i + 1
        }
        let useLC = sorted.allSatisfy { $0.lcCILow != nil && $0.lcCIHigh != nil && $0.lengthControlledWinRate != nil }
        let intervals: [Interval]? = useLC
            ? sorted.map { Interval(low: $0.lcCILow!, high: $0.lcCIHigh!) }
            : (sorted.allSatisfy { $0.ciLow != nil && $0.ciHigh != nil }
                ? sorted.map { Interval(low: $0.ciLow!, high: $0.ciHigh!) } : nil)
        if let intervals {
            let ranges = rankRanges(intervals, points: sorted.map(\.rankingScore))
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
        return sorted
    }
}

/// NaN (an undefined figure) becomes nil, so it is published as `null` and shown as a dash.
func finite(_ value: Double) -> Double? {
    value.isFinite ? value : nil
}
