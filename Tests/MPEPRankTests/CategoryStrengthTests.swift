import Testing
@testable import MPEPRank

@Suite("A model's category strengths pool its languages")
struct CategoryStrengthTests {
    private func board(_ results: [(category: String, model: String, winRate: Double?, n: Int)]) -> JudgeLeaderboard {
        JudgeLeaderboard(judge: "judge", entries: [], categories: results.map {
            CategoryResult(category: $0.category, model: $0.model, winRate: $0.winRate, nTotal: $0.n, ciLow: nil, ciHigh: nil)
        })
    }

    @Test("each category's win rate is weighted by the prompts judged in each language; best first")
    func pooledByPrompts() {
        let boards = [
            board([("coding", "a", 60, 10), ("writing", "a", 40, 10), ("coding", "b", 99, 50)]),
            board([("coding", "a", 30, 30), ("writing", "a", 45, 10)]),
        ]
        #expect(CategoryStrength.pooled("a", boards: boards) == [
            CategoryStrength(category: "writing", winRate: 42.5, n: 20, languages: 2),
            CategoryStrength(category: "coding", winRate: 37.5, n: 40, languages: 2),
        ])
    }

    @Test("a category with no judged prompt or no finite win rate is left out; ties go by name")
    func leftOutAndTies() {
        let boards = [board([("math", "a", nil, 12), ("reasoning", "a", 50, 0), ("roleplay", "a", .nan, 3),
                             ("writing", "a", 50, 4), ("coding", "a", 50, 8)])]
        #expect(CategoryStrength.pooled("a", boards: boards).map(\.category) == ["coding", "writing"])
        #expect(CategoryStrength.pooled("nobody", boards: boards).isEmpty)
    }
}
