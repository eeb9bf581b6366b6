import Testing
@testable import MPEPStats

@Suite("Score interval of the win rate")
struct ScoreIntervalTests {
    @Test("whole verdicts give Wilson's interval (checked against the textbook formula's values)")
    func wilson() {
        // 3 wins of 10: Wilson 95% is 10.78–60.32 (e.g. R's prop.test(3, 10, correct = FALSE)).
        let i = ScoreInterval.winRate([1, 1, 1, 0, 0, 0, 0, 0, 0, 0].map(Double.init))
        #expect(abs(i.low - 10.779) < 0.01 && abs(i.high - 60.322) < 0.01)
    }

    @Test("all wins on 8 prompts is not a zero-width interval at 100")
    func neverZeroWidth() {
        let i = ScoreInterval.winRate(preferences: Array(repeating: 2, count: 8))
        #expect(abs(i.low - 67.56) < 0.01 && i.high == 100)
        let draws = ScoreInterval.winRate(preferences: Array(repeating: 1.5, count: 8))
        #expect(draws.low < 50 && draws.high > 50)
    }

    @Test("shades (weighted judges) narrow the interval by their smaller spread")
    func dispersion() {
        let whole = ScoreInterval.winRate((0..<40).map { Double($0 % 2) })
        let shades = ScoreInterval.winRate((0..<40).map { $0 % 2 == 0 ? 0.3 : 0.7 })
        #expect(shades.high - shades.low < (whole.high - whole.low) / 2)
        #expect(shades.low < 50 && 50 < shades.high)
    }

    @Test("a decisive judge's near-zero shares on few prompts keep Wilson's width (the shipped site drew 0.0–0.0 on 4)")
    func decisiveFewShares() {
        // Four losses at shares of 0.0001–0.0002: the spread is almost nil, and φ̂ would make it 0.0–0.0.
        let few = ScoreInterval.winRate([0.0001, 0.0002, 0.0001, 0.0001])
        #expect(few.low < 0.1 && few.high > 48 && few.high < 50, "about plain Wilson on 0 wins of 4 (0–49.0): \(few)")
        // Sixty such losses: p̂ is below one whole win in sixty, so φ is not estimated either.
        let many = ScoreInterval.winRate(Array(repeating: 0.0002, count: 59) + [0.0003])
        #expect(many.high > 5, "about the rule of three's 3/n, not 0.0: \(many)")
        // Below 30 shares the spread is not used at all, even away from the ends.
        let shades = (0..<20).map { $0 % 2 == 0 ? 0.3 : 0.7 }
        #expect(ScoreInterval.winRate(shades) == ScoreInterval.winRate(shades.map { $0 < 0.5 ? 0 : 1 }))
    }

    @Test("nulls and out-of-scale values do not count, and no counting row gives NaN ends")
    func counting() {
        #expect(ScoreInterval.winRate(preferences: [2, nil, 7, 1]) == ScoreInterval.winRate([1, 0]))
        #expect(ScoreInterval.winRate(preferences: [nil]).low.isNaN)
    }

    @Test("the normal quantile and distribution function invert each other")
    func normal() {
        #expect(abs(Normal.quantile(0.975) - 1.959963984540054) < 1e-8)
        for p in [0.001, 0.025, 0.3, 0.5, 0.9] { #expect(abs(Normal.cdf(Normal.quantile(p)) - p) < 1e-8) }
    }

    @Test("on 8 prompts the score interval covers a known win rate in about 95 % of draws, more than the percentile bootstrap")
    func smallSampleCoverage() {
        // 600 data sets of 8 whole verdicts for each true win rate; 200 bootstrap rounds each. On 8
        // trials every interval's coverage oscillates with the truth (discreteness): Wilson's exact
        // coverage is 93.0 % at 50 % and 98.5 % at 15 %; the percentile bootstrap's falls to 72 %.
        var scores: [Double] = [], percentiles: [Double] = []
        for truth in [0.15, 0.3, 0.5] {
            var score = 0, percentile = 0
            let sets = 600
            for r in 0..<sets {
                var rng = SplitMix64(seed: 77).split(UInt64(r))
                let prefs: [Double?] = (0..<8).map { _ in rng.nextUnit() < truth ? 2 : 1 }
                if ScoreInterval.winRate(preferences: prefs).contains(100 * truth) { score += 1 }
                if Bootstrap(rounds: 200, seed: UInt64(r)).winRateIntervals([prefs])[0].contains(100 * truth) { percentile += 1 }
            }
            scores.append(100 * Double(score) / Double(sets))
            percentiles.append(100 * Double(percentile) / Double(sets))
            print("coverage on 8 prompts at \(100 * truth) %: score \(scores.last!) %, percentile bootstrap \(percentiles.last!) %")
            #expect(scores.last! >= 90)
        }
        let (s, p) = (scores.reduce(0, +) / 3, percentiles.reduce(0, +) / 3)
        #expect(s >= 93 && s <= 97.5)
        #expect(s >= p + 3)
    }
}

@Suite("Bootstrap standard errors and bias correction")
struct BootstrapEstimateTests {
    @Test("the standard error is the rounds' spread: about a quarter of the 95% interval, 0 when every round agrees")
    func standardError() {
        var rng = SplitMix64(seed: 2)
        let prefs: [Double?] = (0..<200).map { _ in rng.nextUnit() < 0.4 ? 2 : 1 }
        let estimate = Bootstrap(rounds: 400, seed: 1).winRateEstimates([prefs])[0]
        let width = estimate.interval.high - estimate.interval.low
        #expect(abs(estimate.standardError - width / 3.92) < width / 20)
        let same = Bootstrap(rounds: 100, seed: 1).winRateEstimates([Array(repeating: 2, count: 5)])[0]
        #expect(same.standardError == 0 && same.interval == Interval(low: 100, high: 100))
    }

    @Test("the bias-corrected interval moves towards the side the rounds fall short of")
    func biasCorrected() {
        var rng = SplitMix64(seed: 5)
        let prefs: [Double?] = (0..<30).map { _ in rng.nextUnit() < 0.25 ? 2 : 1 }
        let plain = Bootstrap(rounds: 500, seed: 3).winRateIntervals([prefs])[0]
        let corrected = Bootstrap(rounds: 500, seed: 3, method: .biasCorrected).winRateIntervals([prefs])[0]
        // A mean's rounds are centred on it: the correction is small, and the same rounds are read.
        #expect(abs(corrected.low - plain.low) < 2.5 && abs(corrected.high - plain.high) < 2.5)
    }
}
