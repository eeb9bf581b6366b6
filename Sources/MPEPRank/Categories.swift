import MPEPStats

/// Per-category win rates: how each model does on the prompts of one category of the source set, with
/// the same score interval as the leaderboard's win rate (categories are small: the percentile
/// bootstrap undercovers there, see docs/statistics.md).
enum Categories {
    static func results(_ matrix: JudgeMatrix, categories: [String: String], options: RankOptions) -> [CategoryResult] {
        var byCategory: [String: [Int]] = [:]
        for (i, id) in matrix.prompts.enumerated() {
            byCategory[categories[id] ?? "uncategorized", default: []].append(i)
        }
        var results: [CategoryResult] = []
        for category in byCategory.keys.sorted() {
            let indices = byCategory[category]!
            let subset = matrix.preferences.map { row in indices.map { row[$0] } }
            for (m, model) in matrix.models.enumerated() {
                let stats = headToHead(subset[m])
                let interval = options.bootstrapRounds > 0 ? ScoreInterval.winRate(preferences: subset[m]) : nil
                results.append(CategoryResult(
                    category: category, model: model, winRate: finite(stats.winRate), nTotal: stats.nTotal,
                    ciLow: interval.flatMap { finite($0.low) }, ciHigh: interval.flatMap { finite($0.high) }))
            }
        }
        return results
    }
}
