import MPEPStats

/// Per-category win rates: how each model does on the prompts of one category of the source set.
enum Categories {
    static func results(_ matrix: JudgeMatrix, categories: [String: String], options: RankOptions,
                        seed: UInt64) -> [CategoryResult] {
        var byCategory: [String: [Int]] = [:]
        for (i, id) in matrix.prompts.enumerated() {
            byCategory[categories[id] ?? "uncategorized", default: []].append(i)
        }
        var results: [CategoryResult] = []
        for category in byCategory.keys.sorted() {
            let indices = byCategory[category]!
            let subset = matrix.preferences.map { row in indices.map { row[$0] } }
            let intervals = options.bootstrapRounds > 0
                ? Bootstrap(rounds: options.bootstrapRounds, seed: seed).winRateIntervals(subset) : nil
            for (m, model) in matrix.models.enumerated() {
                let stats = headToHead(subset[m])
                results.append(CategoryResult(
                    category: category, model: model, winRate: finite(stats.winRate), nTotal: stats.nTotal,
                    ciLow: intervals.flatMap { finite($0[m].low) }, ciHigh: intervals.flatMap { finite($0[m].high) }))
            }
        }
        return results
    }
}
