/// One model against the reference, AlpacaEval's head-to-head figures (`get_winrate`).
///
/// Field names follow AlpacaEval's columns and encode with its keys (`win_rate`, `n_wins`, …), so outputs
/// can be diffed with its tables. As in AlpacaEval (pandas), a figure without enough rows is NaN: the win
/// rates with no row counting, the standard error below two rows. NaN never equals itself, so compare such
/// values with `isNaN`, and encode them with a `nonConformingFloatEncodingStrategy`.
public struct HeadToHead: Sendable, Equatable, Codable {
    /// 100 · mean(p − 1) over the rows that count.
    public var winRate: Double
    /// 100 · standard error of p − 1 (ddof 1).
    public var standardError: Double
    /// Rows the model wins (p > 1.5).
    public var nWins: Int
    /// Rows the reference wins (p < 1.5).
    public var nWinsBase: Int
    /// Rows judged exactly a draw (1.5 or legacy 0).
    public var nDraws: Int
    /// Rows that count (not null, within [1, 2] or legacy 0).
    public var nTotal: Int
    /// Win rate after rounding each preference to a verdict (`Preference.verdict`), draws counting half.
    public var discreteWinRate: Double

    public init(winRate: Double, standardError: Double, nWins: Int, nWinsBase: Int, nDraws: Int, nTotal: Int,
                discreteWinRate: Double) {
        self.winRate = winRate
        self.standardError = standardError
        self.nWins = nWins
        self.nWinsBase = nWinsBase
        self.nDraws = nDraws
        self.nTotal = nTotal
        self.discreteWinRate = discreteWinRate
    }

    enum CodingKeys: String, CodingKey {
        case winRate = "win_rate", standardError = "standard_error", nWins = "n_wins", nWinsBase = "n_wins_base"
        case nDraws = "n_draws", nTotal = "n_total", discreteWinRate = "discrete_win_rate"
    }
}

/// The head-to-head figures of one model from its preferences against the reference, in file order.
///
///     headToHead([2, 1, 1.5, nil]).winRate   // 50.0 (3 rows count)
public func headToHead(_ preferences: [Double?]) -> HeadToHead {
    var shares: [Double] = []
    shares.reserveCapacity(preferences.count)
    var wins = 0, baseWins = 0, draws = 0
    var discreteSum = 0.0, discreteCount = 0
    for p in preferences {
        if p == 1.5 || p == 0 { draws += 1 }
        if let share = Preference.modelShare(p) {
            shares.append(share)
            if share > 0.5 { wins += 1 } else if share < 0.5 { baseWins += 1 }
        }
        if let verdict = Preference.verdict(p) {
            discreteSum += Double(verdict.rawValue) / 2
            discreteCount += 1
        }
    }
    return HeadToHead(
        winRate: Descriptive.mean(shares).map { 100 * $0 } ?? .nan,
        standardError: Descriptive.standardError(shares).map { 100 * $0 } ?? .nan,
        nWins: wins, nWinsBase: baseWins, nDraws: draws, nTotal: shares.count,
        discreteWinRate: discreteCount > 0 ? 100 * discreteSum / Double(discreteCount) : .nan)
}
