import MPEPContent
import MPEPStats

/// The rank stage: turns loaded content into leaderboards, one per language and judge.
///
/// The numbers are AlpacaEval's head-to-head statistics (see `MPEPStats`), computed from each
/// model's annotation rows in file order; languages are ranked in parallel.
public enum Ranker {
    public static func rank(_ content: Content) -> Rankings {
        let languages = ParallelMap.map(content.languages) { language in
            rank(language, reference: content.reference(for: language.info), primaryJudge: content.site.judge)
        }
        return Rankings(languages: languages)
    }

    static func rank(_ language: LanguageContent, reference: String, primaryJudge: String) -> LanguageRanking {
        let referenceAvgLength = language.outputs[reference].map { averageLength(of: $0) }
        var boards: [JudgeLeaderboard] = []
        for judge in language.annotations.keys.sorted() {
            let byModel = language.annotations[judge] ?? [:]
            var entries: [LeaderboardEntry] = []
            for model in byModel.keys.sorted() where model != reference {
                let rows = byModel[model] ?? []
                let stats = headToHead(rows.map(\.preference))
                let avg = language.outputs[model].map { averageLength(of: $0) } ?? 0
                entries.append(LeaderboardEntry(
                    model: model, winRate: stats.winRate, standardError: stats.standardError,
                    nWins: stats.nWins, nWinsBase: stats.nWinsBase, nDraws: stats.nDraws, nTotal: stats.nTotal,
                    discreteWinRate: stats.discreteWinRate, avgLength: avg))
            }
            boards.append(JudgeLeaderboard(judge: judge, entries: assignRanks(entries)))
        }
        return LanguageRanking(code: language.info.code, reference: reference, referenceAvgLength: referenceAvgLength,
                               leaderboards: boards, primary: boards.first { $0.judge == primaryJudge })
    }

    /// Best first by win rate (then id, so ties are ordered deterministically); equal win rates share a rank.
    static func assignRanks(_ entries: [LeaderboardEntry]) -> [LeaderboardEntry] {
        var sorted = entries.sorted { ($0.winRate, $1.model) > ($1.winRate, $0.model) }
        for i in sorted.indices {
            sorted[i].rank = i > 0 && sorted[i].winRate == sorted[i - 1].winRate ? sorted[i - 1].rank : i + 1
        }
        return sorted
    }

    static func averageLength(of outputs: [ModelOutput]) -> Int {
        MPEPStats.averageLength(outputs.map { codePointLength($0.output) })
    }
}
