import MPEPStats

/// One model's row on one language's leaderboard, for one judge, against the reference.
///
/// Field names follow AlpacaEval's leaderboard columns, so the published JSON and CSV read
/// like AlpacaEval's own files. Figures that cannot be computed (no counting row, a degenerate
/// fit) are nil and published as `null`; figures that are computed but are not estimates (a flat
/// LC fit) keep AlpacaEval's value and carry a flag. Every column is defined, with its unit, in
/// docs/content-format.md ("Downloads").
public struct LeaderboardEntry: Sendable, Equatable, Codable {
    public var model: String
    public var winRate: Double
    public var standardError: Double
    public var nWins: Int
    public var nWinsBase: Int
    public var nDraws: Int
    public var nTotal: Int
    public var discreteWinRate: Double
    public var avgLength: Int
    /// The length-controlled win rate of the variant `site.yml` shows (`length_control`), as
    /// AlpacaEval computes it, also when the fit is flat (then read `lcFlatFit`).
    public var lengthControlledWinRate: Double?
    /// Bootstrap standard error of the shown LC (standard deviation over the rounds, points); nil
    /// without a bootstrap or for a flat fit. Not AlpacaEval's `lc_standard_error`, which is the spread
    /// of the GLM's predictions over rows (0 by construction for the minimal GLM) and is not published.
    public var lcStandardError: Double?
    /// The shown LC's fit chose the all-zero model: its 50 is the penalty's, not the data's, so the
    /// pages show "—", the table is ranked by win rate and the cross-language views leave it out.
    public var lcFlatFit = false
    /// Fewer counting rows than site.yml's `minimum_prompts`: shown, marked, ranked apart from the
    /// others (no rank) and left out of the cross-language Overall.
    public var provisional = false
    /// AlpacaEval's `length_controlled_minimal` GLM.
    public var lcMinimalWinRate: Double?
    /// The GLM with a per-prompt difficulty estimated from this language's judgments.
    public var lcDifficultyWinRate: Double?
    /// 95% interval of the win rate: the quasi-binomial score (Wilson) interval, which covers its
    /// level from a few prompts on where the percentile bootstrap does not (docs/statistics.md).
    public var ciLow: Double?
    public var ciHigh: Double?
    /// Bootstrap 95% interval of the shown length-controlled win rate; nil for a flat fit.
    public var lcCILow: Double?
    public var lcCIHigh: Double?
    /// 1-based position by the table's ranking figure (`rankFigure`); ties share a rank. nil for a
    /// provisional row.
    public var rank: Int?
    /// Best and worst rank the intervals allow (nil for a provisional row).
    public var rankHigh: Int?
    public var rankLow: Int?
    /// The figure the table is ranked by (the same for every row of a table).
    public var rankFigure: RankFigure = .lengthControlled

    /// What a leaderboard's ranks follow.
    public enum RankFigure: String, Sendable, Equatable, Codable {
        /// The shown LC win rate, when every ranked row has one that is an estimate.
        case lengthControlled = "length_controlled_winrate"
        /// The win rate, when some ranked row's LC is undefined or flat (a rank must not depend on a
        /// figure that is not an estimate, and one table is ranked by one figure).
        case winRate = "win_rate"
    }

    public init(model: String, winRate: Double, standardError: Double, nWins: Int, nWinsBase: Int, nDraws: Int,
                nTotal: Int, discreteWinRate: Double, avgLength: Int, rank: Int? = 0) {
        self.model = model
        self.winRate = winRate
        self.standardError = standardError
        self.nWins = nWins
        self.nWinsBase = nWinsBase
        self.nDraws = nDraws
        self.nTotal = nTotal
        self.discreteWinRate = discreteWinRate
        self.avgLength = avgLength
        self.rank = rank
        rankHigh = rank
        rankLow = rank
    }

    /// The shown LC when it is an estimate: defined and not from a flat fit. What pages print.
    public var estimatedLC: Double? {
        lcFlatFit ? nil : lengthControlledWinRate.flatMap { $0.isFinite ? $0 : nil }
    }

    /// The shown LC's interval when it is an estimate.
    public var estimatedLCInterval: Interval? {
        guard estimatedLC != nil, let low = lcCILow, let high = lcCIHigh else { return nil }
        return Interval(low: low, high: high)
    }

    /// The win rate's interval, when computed.
    public var winRateInterval: Interval? {
        guard let low = ciLow, let high = ciHigh else { return nil }
        return Interval(low: low, high: high)
    }

    /// The figure of `figure` for this row (the win rate where the LC is not an estimate).
    public func score(_ figure: RankFigure) -> Double {
        figure == .lengthControlled ? estimatedLC ?? winRate : winRate
    }

    /// The figure this row's table is ranked by.
    public var rankingScore: Double { score(rankFigure) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case model
        case winRate = "win_rate"
        case standardError = "standard_error"
        case nWins = "n_wins"
        case nWinsBase = "n_wins_base"
        case nDraws = "n_draws"
        case nTotal = "n_total"
        case discreteWinRate = "discrete_win_rate"
        case avgLength = "avg_length"
        case lengthControlledWinRate = "length_controlled_winrate"
        case lcStandardError = "lc_standard_error"
        case lcMinimalWinRate = "lc_minimal_winrate"
        case lcDifficultyWinRate = "lc_difficulty_winrate"
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case lcCILow = "lc_ci_low"
        case lcCIHigh = "lc_ci_high"
        case lcFlatFit = "lc_flat_fit"
        case provisional
        case rank
        case rankHigh = "rank_high"
        case rankLow = "rank_low"
        case rankFigure = "rank_by"
    }

    /// The column names in the order the CSV files use.
    public static let columns: [String] = CodingKeys.allCases.map(\.rawValue)

    /// The row's values in `columns` order, as CSV fields (empty for nil; Swift's shortest
    /// round-trip form for numbers, the same on every machine).
    public var csvFields: [String] {
        func number(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "" }
            return "\(value)"
        }
        func whole(_ value: Int?) -> String { value.map(String.init) ?? "" }
        return [model, number(winRate), number(standardError), "\(nWins)", "\(nWinsBase)", "\(nDraws)", "\(nTotal)",
                number(discreteWinRate), "\(avgLength)", number(lengthControlledWinRate), number(lcStandardError),
                number(lcMinimalWinRate), number(lcDifficultyWinRate), number(ciLow), number(ciHigh),
                number(lcCILow), number(lcCIHigh), "\(lcFlatFit)", "\(provisional)", whole(rank), whole(rankHigh),
                whole(rankLow), rankFigure.rawValue]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ value: Double?, _ key: CodingKeys) throws {
            if let value, value.isFinite { try c.encode(value, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        try c.encode(model, forKey: .model)
        try put(winRate, .winRate)
        try put(standardError, .standardError)
        try c.encode(nWins, forKey: .nWins)
        try c.encode(nWinsBase, forKey: .nWinsBase)
        try c.encode(nDraws, forKey: .nDraws)
        try c.encode(nTotal, forKey: .nTotal)
        try put(discreteWinRate, .discreteWinRate)
        try c.encode(avgLength, forKey: .avgLength)
        try put(lengthControlledWinRate, .lengthControlledWinRate)
        try put(lcStandardError, .lcStandardError)
        try put(lcMinimalWinRate, .lcMinimalWinRate)
        try put(lcDifficultyWinRate, .lcDifficultyWinRate)
        try put(ciLow, .ciLow)
        try put(ciHigh, .ciHigh)
        try put(lcCILow, .lcCILow)
        try put(lcCIHigh, .lcCIHigh)
        try c.encode(lcFlatFit, forKey: .lcFlatFit)
        try c.encode(provisional, forKey: .provisional)
        try c.encode(rank, forKey: .rank)   // null for a provisional row
        try c.encode(rankHigh, forKey: .rankHigh)
        try c.encode(rankLow, forKey: .rankLow)
        try c.encode(rankFigure, forKey: .rankFigure)
    }
}
