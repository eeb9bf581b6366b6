import Foundation
import MPEPStats

/// How often mpep's 95% intervals contain the true figure, measured on generated data whose truth is
/// known: the evidence behind the interval methods and the minimum number of prompts
/// (`mpep-bench coverage` prints the table; docs/statistics.md publishes it).
///
/// A data set of n prompts follows the length-controlled GLM itself, so both truths are exact: the
/// length difference (reference − model, in characters) is normal with sd `lengthSD`, and the judge
/// prefers the model with probability q = σ(a + b · tanh(Δ / lengthSD)). The true LC win rate is
/// 100 · σ(a) (the prediction at equal lengths) and the true win rate 100 · E[q], integrated
/// numerically. A `binary` judge gives whole verdicts (preference 1 or 2); a weighted one gives
/// shades whose mean is q (λ · verdict + (1 − λ) · q, λ uniform in [0.5, 1]), as AlpacaEval's
/// log-probability judges do.
struct CoverageStudy: Sendable {
    struct Scenario: Sendable {
        var name: String
        /// The GLM's constant a and length weight b (negative: longer answers preferred).
        var intercept: Double
        var lengthWeight: Double
        /// Mean length difference in units of `lengthSD` (negative: the model writes longer answers).
        var meanDifference: Double
        var binary: Bool

        var trueLC: Double { 100 / (1 + exp(-intercept)) }

        /// 100 · E[q] over Δ ~ N(meanDifference, 1) (in sd units), by the trapezoid rule on ±10 sd.
        var trueWinRate: Double {
            let steps = 40_000, h = 20.0 / Double(steps)
            var sum = 0.0
            for k in 0...steps {
                let x = meanDifference - 10 + h * Double(k)
                let density = exp(-0.5 * (x - meanDifference) * (x - meanDifference)) / (2 * Double.pi).squareRoot()
                let q = 1 / (1 + exp(-(intercept + lengthWeight * tanh(x))))
                sum += (k == 0 || k == steps ? 0.5 : 1) * density * q
            }
            return 100 * sum * h
        }
    }

    /// Three models unlike each other: a weak verbose one, a middling one, a strong concise one.
    static let scenarios: [Scenario] = [
        Scenario(name: "middling, verbose, whole verdicts", intercept: -0.5, lengthWeight: -1.0,
                 meanDifference: -0.6, binary: true),
        Scenario(name: "strong, concise, weighted judge", intercept: 0.7, lengthWeight: -0.8,
                 meanDifference: 0.4, binary: false),
        Scenario(name: "weak, very verbose, weighted judge", intercept: -1.6, lengthWeight: -0.6,
                 meanDifference: -1.0, binary: false),
    ]
    static let lengthSD = 600.0
    static let referenceLength = 3000

    /// What one generated data set gave.
    struct Outcome: Sendable, Equatable {
        var winRatePercentileCovers: Bool
        var winRateScoreCovers: Bool
        /// The LC fit chose the all-zero model (the figure is 50 by construction, not an estimate).
        var lcFlat: Bool
        /// nil when the fit was flat or undefined.
        var lcPercentileCovers: Bool?
        var lcBiasCorrectedCovers: Bool?
        var winRatePercentileWidth: Double
        var winRateScoreWidth: Double
        var lcPercentileWidth: Double?
        var lcBiasCorrectedWidth: Double?
    }

    var rounds: Int
    var level: Double

    init(rounds: Int = 1000, level: Double = 0.95) {
        self.rounds = rounds
        self.level = level
    }

    /// The preferences and lengths of data set `replicate` of `n` prompts in `scenario` (deterministic).
    static func data(_ scenario: Scenario, n: Int, replicate: UInt64)
        -> (preferences: [Double?], modelLengths: [Int], referenceLengths: [Int]) {
        var rng = SplitMix64(seed: 0x5EED_C0FE).split(UInt64(n)).split(replicate)
        var preferences: [Double?] = [], modelLengths: [Int] = []
        for _ in 0..<n {
            let x = scenario.meanDifference + rng.nextGaussian()
            let q = 1 / (1 + exp(-(scenario.intercept + scenario.lengthWeight * tanh(x))))
            let verdict: Double = rng.nextUnit() < q ? 1 : 0
            let lambda = 0.5 + 0.5 * rng.nextUnit()
            let share = scenario.binary ? verdict : lambda * verdict + (1 - lambda) * q
            preferences.append(1 + share)
            modelLengths.append(max(1, referenceLength - Int((x * lengthSD).rounded())))
        }
        return (preferences, modelLengths, Array(repeating: referenceLength, count: n))
    }

    /// One data set's intervals against the scenario's truths.
    func outcome(_ scenario: Scenario, n: Int, replicate: UInt64, trueWinRate: Double) -> Outcome {
        let (preferences, modelLengths, referenceLengths) = Self.data(scenario, n: n, replicate: replicate)
        let bootstrap = Bootstrap(rounds: rounds, seed: replicate &+ 17, level: level)
        let resamples = bootstrap.resamples(prompts: n)
        let percentile = bootstrap.winRateEstimates([preferences], resamples: resamples)[0].interval
        let score = ScoreInterval.winRate(preferences: preferences, level: level)
        let fit = lengthControlledWinRate(preferences: preferences, modelLengths: modelLengths,
                                          referenceLengths: referenceLengths)
        let flat = fit.isFlat
        var lc: [Interval] = []
        if !flat, fit.winRate.isFinite {
            for method in [Bootstrap.IntervalMethod.percentile, .biasCorrected] {
                var plan = bootstrap
                plan.method = method
                lc.append(plan.lengthControlledEstimates(
                    preferences: [preferences], modelLengths: [modelLengths], referenceLengths: referenceLengths,
                    fits: [fit], resamples: resamples)[0].interval)
            }
        }
        return Outcome(winRatePercentileCovers: percentile.contains(trueWinRate),
                       winRateScoreCovers: score.contains(trueWinRate), lcFlat: flat,
                       lcPercentileCovers: lc.first?.contains(scenario.trueLC),
                       lcBiasCorrectedCovers: lc.last?.contains(scenario.trueLC),
                       winRatePercentileWidth: percentile.high - percentile.low,
                       winRateScoreWidth: score.high - score.low, lcPercentileWidth: lc.first.map { $0.high - $0.low },
                       lcBiasCorrectedWidth: lc.last.map { $0.high - $0.low })
    }

    /// Outcomes pooled into one row of the table (shares in percent).
    struct Row: Sendable, Equatable {
        var n: Int
        var dataSets: Int
        var winRatePercentile: Double
        var winRateScore: Double
        var lcPercentile: Double
        var lcBiasCorrected: Double
        var lcFlatShare: Double
        var winRatePercentileWidth: Double
        var winRateScoreWidth: Double
        var lcPercentileWidth: Double
        var lcBiasCorrectedWidth: Double

        init(n: Int, _ outcomes: [Outcome]) {
            func share(_ hits: Int, of count: Int) -> Double { count == 0 ? .nan : 100 * Double(hits) / Double(count) }
            func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
            let lc = outcomes.compactMap(\.lcPercentileCovers)
            self.n = n
            dataSets = outcomes.count
            winRatePercentile = share(outcomes.filter(\.winRatePercentileCovers).count, of: outcomes.count)
            winRateScore = share(outcomes.filter(\.winRateScoreCovers).count, of: outcomes.count)
            lcPercentile = share(lc.filter { $0 }.count, of: lc.count)
            let bc = outcomes.compactMap(\.lcBiasCorrectedCovers)
            lcBiasCorrected = share(bc.filter { $0 }.count, of: bc.count)
            lcFlatShare = share(outcomes.filter(\.lcFlat).count, of: outcomes.count)
            winRatePercentileWidth = mean(outcomes.map(\.winRatePercentileWidth))
            winRateScoreWidth = mean(outcomes.map(\.winRateScoreWidth))
            lcPercentileWidth = mean(outcomes.compactMap(\.lcPercentileWidth))
            lcBiasCorrectedWidth = mean(outcomes.compactMap(\.lcBiasCorrectedWidth))
        }
    }
}
