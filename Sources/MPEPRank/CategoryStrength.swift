/// A model's win rate in one prompt category, pooled over the languages: each language's figure
/// weighted by the prompts judged there. A model page lists its best and worst as the model's
/// strengths and weaknesses.
public struct CategoryStrength: Sendable, Equatable {
    public var category: String
    public var winRate: Double
    /// Prompts judged in the category, over the languages pooled.
    public var n: Int
    public var languages: Int

    /// `model`'s categories over `boards` (one per language: the primary judge's), best first, ties
    /// by name. Only results with a finite win rate over at least one judged prompt count.
    public static func pooled(_ model: String, boards: [JudgeLeaderboard]) -> [CategoryStrength] {
        var pooled: [String: CategoryStrength] = [:]
        for board in boards {
            for result in board.categories where result.model == model && result.nTotal > 0 {
                guard let rate = result.winRate, rate.isFinite else { continue }
                var entry = pooled[result.category] ?? CategoryStrength(category: result.category, winRate: 0, n: 0, languages: 0)
                entry.winRate = (entry.winRate * Double(entry.n) + rate * Double(result.nTotal)) / Double(entry.n + result.nTotal)
                entry.n += result.nTotal
                entry.languages += 1
                pooled[result.category] = entry
            }
        }
        return pooled.values.sorted { ($1.winRate, $0.category) < ($0.winRate, $1.category) }
    }
}
