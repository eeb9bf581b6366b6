import Testing
import TestSupport
@testable import MPEPStats

@Suite("Paired bootstrap")
struct BootstrapTests {
    @Test("gives the same intervals for the same seed and different ones for another")
    func deterministic() {
        let prefs: [[Double?]] = [[1, 2, 2, 1.5, nil, 1, 2, 1.2]]
        let a = Bootstrap(rounds: 200, seed: 9).winRateIntervals(prefs)
        #expect(a == Bootstrap(rounds: 200, seed: 9).winRateIntervals(prefs))
        #expect(a != Bootstrap(rounds: 200, seed: 10).winRateIntervals(prefs))
        #expect(a[0].low < 62.5 && 62.5 < a[0].high)
    }

    @Test("pairs the resampled prompts across models")
    func paired() {
        // The second model wins exactly where the first loses: on every resample the two win rates sum
        // to 100, so the intervals mirror each other exactly.
        var rng = SplitMix64(seed: 4)
        let first: [Double?] = (0..<50).map { _ in rng.nextUnit() < 0.3 ? 2 : 1 }
        let second = first.map { $0.map { 3 - $0 } }
        let intervals = Bootstrap(rounds: 400, seed: 1).winRateIntervals([first, second])
        #expect(abs(intervals[0].low + intervals[1].high - 100) < 1e-9)
        #expect(abs(intervals[0].high + intervals[1].low - 100) < 1e-9)
    }

    @Test("covers a known win rate in 93–97 % of repeated draws")
    func coverage() {
        // 600 data sets of 100 prompts with true win rate 32 % (each prompt a win, a loss or, 10 % of the
        // time, a draw), each with its own 95 % interval from 250 rounds. (1,000 sets of 150 prompts with
        // 400 rounds gave 95.0 % too, but take 40 s in a debug build.)
        let truth = 100 * (0.27 + 0.10 / 2)
        var covered = 0
        let repetitions = 600
        for r in 0..<repetitions {
            var rng = SplitMix64(seed: 1000 + UInt64(r))
            let prefs: [Double?] = (0..<100).map { _ in
                let u = rng.nextUnit()
                return u < 0.27 ? 2 : u < 0.37 ? 1.5 : 1
            }
            let interval = Bootstrap(rounds: 250, seed: UInt64(r)).winRateIntervals([prefs])[0]
            if interval.low <= truth && truth <= interval.high { covered += 1 }
        }
        let share = 100 * Double(covered) / Double(repetitions)
        print("bootstrap coverage: \(share) %")
        #expect(share >= 93 && share <= 97)
    }

    @Test("brackets the fixture's LC with an interval of plausible width",
          .enabled(if: Fixtures.alpacaEval != nil, "\(Fixtures.alpacaEvalMissing)"))
    func lengthControlled() throws {
        let model = try #require(AlpacaEvalFixture.model("ae1", "alpaca-7b"))
        let plan = Bootstrap(rounds: 100, seed: 3)
        let lc = plan.lengthControlledIntervals(
            preferences: [model.preferences], modelLengths: [model.modelLengths],
            referenceLengths: model.referenceLengths)[0]
        let point = lengthControlledWinRate(preferences: model.preferences, modelLengths: model.modelLengths,
                                            referenceLengths: model.referenceLengths).winRate
        print("LC interval ae1/alpaca-7b: \(lc) around \(point)")
        #expect(lc.low < point && point < lc.high)
        #expect(lc.high - lc.low > 2 && lc.high - lc.low < 12)
    }
}
