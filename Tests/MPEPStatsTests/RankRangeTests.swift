import Testing
@testable import MPEPStats

@Suite("Rank ranges")
struct RankRangeTests {
    @Test("separates only models whose intervals do not overlap")
    func overlap() {
        let ranges = rankRanges(
            [Interval(low: 60, high: 70), Interval(low: 40, high: 65), Interval(low: 10, high: 20)],
            points: [65, 50, 15])
        #expect(ranges == [RankRange(rank: 1, high: 1, low: 2), RankRange(rank: 2, high: 1, low: 2),
                           RankRange(rank: 3, high: 3, low: 3)])
    }

    @Test("lets equal point estimates share the better rank")
    func ties() {
        let i = Interval(low: 0, high: 1)
        #expect(rankRanges([i, i, i], points: [5, 7, 5]).map(\.rank) == [2, 1, 2])
    }

    @Test("widen as data shrink")
    func widenWithLessData() {
        // Five models 5 points apart; their win-rate intervals on 800 and on 40 prompts.
        func totalWidth(prompts: Int) -> Int {
            var rng = SplitMix64(seed: 11)
            let truth = [0.3, 0.35, 0.4, 0.45, 0.5]
            let prefs: [[Double?]] = truth.map { t in
                (0..<prompts).map { _ in rng.nextUnit() < t ? 2 : 1 }
            }
            let intervals = Bootstrap(rounds: 300, seed: 5).winRateIntervals(prefs)
            let points = prefs.map { headToHead($0).winRate }
            return rankRanges(intervals, points: points).reduce(0) { $0 + $1.low - $1.high }
        }
        let wide = totalWidth(prompts: 40), narrow = totalWidth(prompts: 800)
        #expect(narrow < wide)
        #expect(wide >= 12)   // on 40 prompts nearly every model could be nearly anywhere
    }
}
