/// One judge's leaderboard in one language.
public struct JudgeLeaderboard: Sendable, Equatable, Codable {
    public var judge: String
    /// Best first.
    public var entries: [LeaderboardEntry]
    /// Per-category results, by category name (sorted), then by model.
    public var categories: [CategoryResult]
    /// The per-prompt difficulties of the `difficulty` LC variant, in the language's prompt order.
    public var difficulties: [PromptDifficulty]

    public init(judge: String, entries: [LeaderboardEntry], categories: [CategoryResult] = [],
                difficulties: [PromptDifficulty] = []) {
        self.judge = judge
        self.entries = entries
        self.categories = categories
        self.difficulties = difficulties
    }
}

/// A model's win rate on the prompts of one category of the source set.
public struct CategoryResult: Sendable, Equatable, Codable {
    public var category: String
    public var model: String
    public var winRate: Double?
    public var nTotal: Int
    public var ciLow: Double?
    public var ciHigh: Double?

    enum CodingKeys: String, CodingKey {
        case category, model, winRate = "win_rate", nTotal = "n_total", ciLow = "ci_low", ciHigh = "ci_high"
    }
}

/// One prompt's estimated difficulty (higher: models do better than the reference there).
public struct PromptDifficulty: Sendable, Equatable, Codable {
    public var id: String
    public var difficulty: Double
}

/// How far two judges agree in one language (or across all languages).
public struct JudgeAgreementRow: Sendable, Equatable, Codable {
    public var language: String?
    public var judgeA: String
    public var judgeB: String
    /// Whether one of the two judges is people (`kind: human`): the agreement that validates a judge.
    public var involvesHuman: Bool
    /// Rows both judges gave a verdict on, over the models they share.
    public var rows: Int
    public var percentAgreement: Double?
    public var cohensKappa: Double?
    /// Spearman correlation of the continuous preferences, row by row.
    public var spearmanRows: Double?
    /// Spearman correlation between the model rankings (win rates) the two judges produce.
    public var spearmanRanking: Double?
    public var models: Int

    enum CodingKeys: String, CodingKey {
        case language, judgeA = "judge_a", judgeB = "judge_b", involvesHuman = "involves_human", rows
        case percentAgreement = "percent_agreement", cohensKappa = "cohens_kappa"
        case spearmanRows = "spearman_rows", spearmanRanking = "spearman_ranking", models
    }
}

/// Everything ranked in one language.
public struct LanguageRanking: Sendable, Equatable, Codable {
    public var code: String
    public var reference: String
    /// The reference's average output length, shown beside the table for scale.
    public var referenceAvgLength: Int?
    /// One leaderboard per judge with annotations here, sorted by judge id.
    public var leaderboards: [JudgeLeaderboard]
    /// The site's primary judge.
    public var primaryJudge: String
    /// Agreement of every pair of judges with annotations here.
    public var agreement: [JudgeAgreementRow]

    public init(code: String, reference: String, referenceAvgLength: Int? = nil,
                leaderboards: [JudgeLeaderboard], primaryJudge: String, agreement: [JudgeAgreementRow] = []) {
        self.code = code
        self.reference = reference
        self.referenceAvgLength = referenceAvgLength
        self.leaderboards = leaderboards
        self.primaryJudge = primaryJudge
        self.agreement = agreement
    }

    /// The primary judge's leaderboard, when that judge has annotations here.
    public var primary: JudgeLeaderboard? {
        leaderboards.first { $0.judge == primaryJudge }
    }
}

/// A model across languages: its primary-judge figure in each language it was evaluated in.
public struct OverallEntry: Sendable, Equatable, Codable {
    public var model: String
    /// Mean over the covered languages of the shown LC where it is an estimate on enough prompts (`Overall`).
    public var score: Double
    /// Languages covered, of all languages with a leaderboard.
    public var covered: Int
    public var languages: Int
    /// Ranked only when the coverage rule holds (see `Overall.isRanked`); nil otherwise.
    public var rank: Int?

    public var coverage: Double { languages == 0 ? 0 : Double(covered) / Double(languages) }
}

/// The rank stage's result: every language's leaderboards and the cross-language view.
public struct Rankings: Sendable, Equatable {
    /// Sorted by language code.
    public var languages: [LanguageRanking]
    /// Ranked models first (best first), then the unranked by coverage and score.
    public var overall: [OverallEntry]
    /// Judge agreement pooled over all languages, per pair of judges.
    public var agreement: [JudgeAgreementRow]

    public init(languages: [LanguageRanking], overall: [OverallEntry] = [], agreement: [JudgeAgreementRow] = []) {
        self.languages = languages
        self.overall = overall
        self.agreement = agreement
    }

    public func language(_ code: String) -> LanguageRanking? {
        languages.first { $0.code == code }
    }

    /// The primary-judge entry of a model in a language, if it was evaluated there.
    public func entry(model: String, language code: String) -> LeaderboardEntry? {
        language(code)?.primary?.entries.first { $0.model == model }
    }
}
