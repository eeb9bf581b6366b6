/// One model's row on one language's leaderboard, for one judge, against the reference.
///
/// Field names follow AlpacaEval's leaderboard columns, so the published JSON and CSV read
/// like AlpacaEval's own files. Figures that cannot be computed (no counting row, a degenerate
/// fit) are nil and published as `null`.
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
    /// The length-controlled win rate of the variant `site.yml` shows (`length_control`).
    public var lengthControlledWinRate: Double?
    public var lcStandardError: Double?
    /// AlpacaEval's `length_controlled_minimal` GLM.
    public var lcMinimalWinRate: Double?
    /// The GLM with a per-prompt difficulty estimated from this language's judgments.
    public var lcDifficultyWinRate: Double?
    /// Bootstrap 95% interval of the win rate.
    public var ciLow: Double?
    public var ciHigh: Double?
    /// Bootstrap 95% interval of the shown length-controlled win rate.
    public var lcCILow: Double?
    public var lcCIHigh: Double?
    /// 1-based position by the ranking figure (the shown LC, else the win rate); ties share a rank.
    public var rank: Int
    /// Best and worst rank the intervals allow.
    public var rankHigh: Int
    public var rankLow: Int

    public init(model: String, winRate: Double, standardError: Double, nWins: Int, nWinsBase: Int, nDraws: Int,
                nTotal: Int, discreteWinRate: Double, avgLength: Int, rank: Int = 0) {
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

    /// Whether the length-controlled fit learned nothing: LC exactly 50 and every bootstrap refit too.
    /// It happens on small languages, where AlpacaEval's cross-validation picks the strongest penalty
    /// and the L1 fit zeroes every weight; the figure then says nothing about the model.
    public var lcIsFlat: Bool {
        lengthControlledWinRate == 50 && lcCILow == 50 && lcCIHigh == 50
    }

    /// The figure the leaderboard is ordered by: the shown LC where it exists, else the win rate.
    public var rankingScore: Double {
        if let lc = lengthControlledWinRate, lc.isFinite { return lc }
        return winRate
    }

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
        case rank
        case rankHigh = "rank_high"
        case rankLow = "rank_low"
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
        return [model, number(winRate), number(standardError), "\(nWins)", "\(nWinsBase)", "\(nDraws)", "\(nTotal)",
                number(discreteWinRate), "\(avgLength)", number(lengthControlledWinRate), number(lcStandardError),
                number(lcMinimalWinRate), number(lcDifficultyWinRate), number(ciLow), number(ciHigh),
                number(lcCILow), number(lcCIHigh), "\(rank)", "\(rankHigh)", "\(rankLow)"]
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
        try c.encode(rank, forKey: .rank)
        try c.encode(rankHigh, forKey: .rankHigh)
        try c.encode(rankLow, forKey: .rankLow)
    }
}
