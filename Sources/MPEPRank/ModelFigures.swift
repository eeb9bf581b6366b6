import MPEPStats

/// One model's row on one judge's board, computed in two steps so that the first can run while the
/// language's difficulties are still being estimated (`Ranker` schedules both).
///
/// 1. `init`: what needs no difficulties: head-to-head, the minimal LC, the win-rate interval (a score
///    interval, see `ScoreInterval`), whether the row is provisional, and, when the minimal LC is the
///    one shown, its interval.
/// 2. `addDifficulty`: the difficulty LC, and, when it is the one shown, its figure and interval.
struct ModelFigures: Sendable {
    var entry: LeaderboardEntry
    /// The model's rows in file order (AlpacaEval's figures are defined on them) and their lengths.
    let preferences: [Double?]
    let modelLengths: [Int]
    let referenceLengths: [Int]

    /// A judge's bootstrap: its resamples of the language's prompts, shared by every model.
    struct Resampling: Sendable {
        let bootstrap: Bootstrap
        let resamples: Resamples
    }

    init(_ matrix: JudgeMatrix, model m: Int, reference: String, lengths: OutputLengths, options: RankOptions,
         resampling: Resampling?) {
        let model = matrix.models[m]
        preferences = matrix.rows[m].map(\.preference)
        let stats = headToHead(preferences)
        entry = LeaderboardEntry(
            model: model, winRate: stats.winRate, standardError: stats.standardError,
            nWins: stats.nWins, nWinsBase: stats.nWinsBase, nDraws: stats.nDraws, nTotal: stats.nTotal,
            discreteWinRate: stats.discreteWinRate, avgLength: lengths.averages[model] ?? 0)
        (modelLengths, referenceLengths) = matrix.rowLengths(m, reference: reference, lengths: lengths)
        let minimal = lengthControlledWinRate(preferences: preferences, modelLengths: modelLengths,
                                              referenceLengths: referenceLengths)
        entry.lcMinimalWinRate = finite(minimal.winRate)
        if resampling != nil {   // intervals are on with the bootstrap (`bootstrap_rounds` 0 switches both off)
            let ci = ScoreInterval.winRate(preferences: preferences)
            entry.ciLow = finite(ci.low)
            entry.ciHigh = finite(ci.high)
        }
        entry.provisional = stats.nTotal < options.minimumPrompts
        if options.lengthControl == .minimal {
            show(minimal, matrix, model: m, difficulty: nil, resampling: resampling)
        }
    }

    /// Adds the LC with the language's difficulties (`difficulty`, in the matrix's prompt order; nil
    /// when the language has none, which leaves the shown difficulty LC undefined).
    mutating func addDifficulty(_ difficulty: [Double]?, _ matrix: JudgeMatrix, model m: Int, options: RankOptions,
                                resampling: Resampling?) {
        guard let difficulty else {
            if options.lengthControl == .difficulty {
                let undefined = LengthControlled(winRate: .nan, standardError: .nan, regularization: .nan, weights: [])
                show(undefined, matrix, model: m, difficulty: nil, resampling: nil)
            }
            return
        }
        let rowDifficulty = matrix.rows[m].map { difficulty[matrix.promptIndex[$0.id]!] }
        let withDifficulty = lengthControlledWinRate(
            preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths,
            difficulty: rowDifficulty)
        entry.lcDifficultyWinRate = finite(withDifficulty.winRate)
        if options.lengthControl == .difficulty {
            show(withDifficulty, matrix, model: m, difficulty: difficulty, resampling: resampling)
        }
    }

    /// Makes `fit` the shown LC, with its bootstrap interval and standard error (refitted from `fit` on
    /// the judge's resamples). A flat fit keeps AlpacaEval's figure, flagged, and gets neither: every
    /// refit from the all-zero model stays there, so its "interval" would be 50–50 whatever the data.
    private mutating func show(_ fit: LengthControlled, _ matrix: JudgeMatrix, model m: Int, difficulty: [Double]?,
                               resampling: Resampling?) {
        entry.lengthControlledWinRate = finite(fit.winRate)
        entry.lcFlatFit = fit.isFlat
        guard let resampling, !fit.isFlat else { return }
        let lc = resampling.bootstrap.lengthControlledEstimates(
            preferences: [matrix.preferences[m]], modelLengths: [matrix.modelLengths[m]],
            referenceLengths: matrix.referenceLengths, difficulty: difficulty, fits: [fit],
            resamples: resampling.resamples)[0]
        entry.lcCILow = finite(lc.interval.low)
        entry.lcCIHigh = finite(lc.interval.high)
        entry.lcStandardError = finite(lc.standardError)
    }
}
