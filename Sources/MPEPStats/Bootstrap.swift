/// A two-sided interval, in the unit of the figure it bounds (win-rate points for win rates).
public struct Interval: Sendable, Equatable, Codable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// Paired percentile bootstrap over one language's prompts.
///
/// Every round draws one multiset of prompt positions (with replacement) and applies it to every model, so
/// models are compared on the same resampled prompts and rank ranges compare like with like. Round r's
/// positions come from `SplitMix64(seed: seed).split(r)`: the same seed gives the same bytes anywhere, and
/// the win-rate and LC bootstraps of one seed share their resamples.
public struct Bootstrap: Sendable, Equatable {
    public var rounds: Int
    public var seed: UInt64
    /// Coverage of the percentile interval (0.95 → the 2.5th and 97.5th percentiles, numpy's linear rule).
    public var level: Double

    public init(rounds: Int = 1000, seed: UInt64 = 0, level: Double = 0.95) {
        precondition(rounds > 0 && level > 0 && level < 1, "rounds must be positive and level in (0, 1)")
        self.rounds = rounds
        self.seed = seed
        self.level = level
    }

    /// The prompt positions of round `round` among `count` prompts.
    public func resample(round: Int, count: Int) -> [Int] {
        var rows = [Int](repeating: 0, count: count)
        resample(round: round, into: &rows)
        return rows
    }

    private func resample(round: Int, into rows: inout [Int]) {
        var rng = SplitMix64(seed: seed).split(UInt64(round))
        let count = rows.count
        rows.withUnsafeMutableBufferPointer { buffer in
            for k in 0..<count { buffer[k] = rng.next(upperBound: count) }
        }
    }

    /// Win-rate intervals, one per model. `preferences[m][i]` is model m's preference on prompt i (nil when
    /// missing); every model must list the same prompts. A model with no counting row gets a NaN interval.
    ///
    ///     let intervals = Bootstrap(seed: 7).winRateIntervals([prefsA, prefsB])
    public func winRateIntervals(_ preferences: [[Double?]]) -> [Interval] {
        // p − 1 per prompt, NaN where the preference does not count.
        let shares = preferences.map { $0.map { Preference.modelShare($0) ?? .nan } }
        return intervals(models: shares.count, prompts: Self.promptCount(preferences)) { m, rows in
            shares[m].withUnsafeBufferPointer { share in
                var sum = 0.0, n = 0
                for i in rows where !share[i].isNaN { sum += share[i]; n += 1 }
                return n > 0 ? 100 * sum / Double(n) : .nan
            }
        }
    }

    /// Length-controlled win-rate intervals, one per model, each round refitting the GLM on the resampled
    /// prompts. To stay fast (one fit per round, ≈ 0.25 ms, instead of 51 with the cross-validation) two
    /// things are held at their full-data values, an approximation of rerunning AlpacaEval's procedure: the
    /// penalty C chosen by `lengthControlledWinRate`, and the length standardisation (std of the length
    /// differences). With a difficulty, the difficulty too is held fixed (not re-estimated per round).
    /// `referenceLengths` and `difficulty` are per prompt, shared by the models.
    public func lengthControlledIntervals(
        preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int], difficulty: [Double]? = nil
    ) -> [Interval] {
        let prompts = Self.promptCount(preferences)
        precondition(modelLengths.count == preferences.count, "one length list per model")
        let designs = preferences.indices.map { m in
            LengthDesign(preferences: preferences[m], modelLengths: modelLengths[m],
                         referenceLengths: referenceLengths, difficulty: difficulty)
        }
        let penalties = designs.map { $0.crossValidatedC() }
        // Position of each prompt among a model's counting rows (nil when its preference does not count).
        let countingPosition: [[Int?]] = designs.map { design in
            var position = [Int?](repeating: nil, count: prompts)
            for (k, i) in design.counting.enumerated() { position[i] = k }
            return position
        }
        return intervals(models: designs.count, prompts: prompts) { m, rows in
            guard let c = penalties[m] else { return .nan }
            let design = designs[m]
            let fitted = rows.compactMap { countingPosition[m][$0] }
            guard !fitted.isEmpty else { return .nan }
            let w = design.problem(fitted).solve(c: c, seed: LengthDesign.seeds[0])
            var sum = 0.0
            for i in rows { sum += design.equalLengthPrediction(row: i, w) }
            return 100 * sum / Double(rows.count)
        }
    }

    /// Runs `estimate(model, resampledPrompts)` for every round and model; percentile intervals.
    private func intervals(models: Int, prompts: Int, estimate: (Int, [Int]) -> Double) -> [Interval] {
        guard prompts > 0 else { return Array(repeating: Interval(low: .nan, high: .nan), count: models) }
        var samples = [[Double]](repeating: [], count: models)
        var rows = [Int](repeating: 0, count: prompts)
        for r in 0..<rounds {
            resample(round: r, into: &rows)
            for m in 0..<models {
                let v = estimate(m, rows)
                if !v.isNaN { samples[m].append(v) }
            }
        }
        let tail = (1 - level) / 2
        return samples.map { values in
            guard !values.isEmpty else { return Interval(low: .nan, high: .nan) }
            let sorted = values.sorted()
            return Interval(low: Descriptive.quantile(sorted: sorted, tail),
                            high: Descriptive.quantile(sorted: sorted, 1 - tail))
        }
    }

    private static func promptCount(_ preferences: [[Double?]]) -> Int {
        let count = preferences.first?.count ?? 0
        precondition(preferences.allSatisfy { $0.count == count }, "every model must list the same prompts")
        return count
    }
}
