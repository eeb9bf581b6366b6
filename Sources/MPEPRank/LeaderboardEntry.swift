/// One model's row on one language's leaderboard, for one judge, against the reference.
///
/// Field names follow AlpacaEval's leaderboard columns, so the published JSON and CSV read
/// like AlpacaEval's own files.
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
    /// 1-based position by win rate; models with equal win rates share a rank.
    public var rank: Int

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
        case rank
    }

    /// The column names in the order the CSV and JSON files use.
    public static let columns: [String] = CodingKeys.allCases.map(\.rawValue)
}

/// One judge's leaderboard in one language.
public struct JudgeLeaderboard: Sendable, Equatable {
    public var judge: String
    /// Best first.
    public var entries: [LeaderboardEntry]

    public init(judge: String, entries: [LeaderboardEntry]) {
        self.judge = judge
        self.entries = entries
    }
}

/// Everything ranked in one language.
public struct LanguageRanking: Sendable, Equatable {
    public var code: String
    public var reference: String
    /// The reference's average output length, shown beside the table for scale.
    public var referenceAvgLength: Int?
    /// One leaderboard per judge with annotations here, sorted by judge id.
    public var leaderboards: [JudgeLeaderboard]
    /// The site's primary judge's leaderboard, when that judge has annotations here.
    public var primary: JudgeLeaderboard?

    public init(code: String, reference: String, referenceAvgLength: Int? = nil,
                leaderboards: [JudgeLeaderboard], primary: JudgeLeaderboard?) {
        self.code = code
        self.reference = reference
        self.referenceAvgLength = referenceAvgLength
        self.leaderboards = leaderboards
        self.primary = primary
    }
}

/// The rank stage's result: every language's leaderboards.
public struct Rankings: Sendable, Equatable {
    /// Sorted by language code.
    public var languages: [LanguageRanking]

    public init(languages: [LanguageRanking]) {
        self.languages = languages
    }

    public func language(_ code: String) -> LanguageRanking? {
        languages.first { $0.code == code }
    }

    /// The primary-judge entry of a model in a language, if it was evaluated there.
    public func entry(model: String, language code: String) -> LeaderboardEntry? {
        language(code)?.primary?.entries.first { $0.model == model }
    }
}
