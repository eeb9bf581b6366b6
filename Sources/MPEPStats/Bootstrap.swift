/// A two-sided interval, in the unit of the figure it bounds (win-rate points for win rates).
public struct Interval: Sendable, Equatable, Codable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// Whether `value` lies in the closed interval.
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}

/// A bootstrap's summary of one figure: its percentile interval and its standard error (the standard
/// deviation of the figure over the rounds, ddof 1). Both are NaN where no round defined the figure.
public struct BootstrapEstimate: Sendable, Equatable {
    public var interval: Interval
    /// 0 exactly when every round gave the same value (then the interval has zero width too).
    public var standardError: Double

    public init(interval: Interval, standardError: Double) {
        self.interval = interval
        self.standardError = standardError
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
    /// How the interval is read off the rounds' estimates.
    public var method: IntervalMethod

    /// `percentile`: the rounds' quantiles at (1 ∓ level) / 2. `biasCorrected`: Efron's BC interval,
    /// the quantiles moved by z₀ = Φ⁻¹(share of rounds below the full-data figure), which corrects a
    /// bootstrap distribution that is not centred on the estimate (the LC's penalty pulls refits
    /// towards 50). Where no full-data figure is known, BC falls back to the percentile interval.
    public enum IntervalMethod: Sendable, Equatable {
        case percentile, biasCorrected
    }

    public init(rounds: Int = 1000, seed: UInt64 = 0, level: Double = 0.95, method: IntervalMethod = .percentile) {
        precondition(rounds > 0 && level > 0 && level < 1, "rounds must be positive and level in (0, 1)")
        self.rounds = rounds
        self.seed = seed
        self.level = level
        self.method = method
    }

    /// Every round's prompt positions among `prompts` prompts, drawn once: pass them to
    /// `winRateIntervals` and `lengthControlledIntervals` to share them between the two figures, or
    /// between calls for single models (each model's interval depends only on its own data and the
    /// resamples, so models can be bootstrapped one by one, in parallel, with the same result).
    public func resamples(prompts: Int) -> Resamples {
        var positions = [Int](repeating: 0, count: rounds * prompts)
        positions.withUnsafeMutableBufferPointer { buffer in
            for r in 0..<rounds {
                var rng = SplitMix64(seed: seed).split(UInt64(r))
                for k in 0..<prompts { buffer[r * prompts + k] = rng.next(upperBound: prompts) }
            }
        }
        return Resamples(rounds: rounds, prompts: prompts, positions: positions)
    }

    /// Win-rate intervals, one per model. `preferences[m][i]` is model m's preference on prompt i (nil when
    /// missing); every model must list the same prompts. A model with no counting row gets a NaN interval.
    ///
    ///     let intervals = Bootstrap(seed: 7).winRateIntervals([prefsA, prefsB])
    public func winRateIntervals(_ preferences: [[Double?]], resamples: Resamples? = nil) -> [Interval] {
        winRateEstimates(preferences, resamples: resamples).map(\.interval)
    }

    /// `winRateIntervals` with each figure's bootstrap standard error.
    public func winRateEstimates(_ preferences: [[Double?]], resamples: Resamples? = nil) -> [BootstrapEstimate] {
        // p − 1 per prompt, NaN where the preference does not count.
        let shares = preferences.map { $0.map { Preference.modelShare($0) ?? .nan } }
        let resamples = resamples ?? self.resamples(prompts: Self.promptCount(preferences))
        let prompts = resamples.prompts
        guard prompts > 0 else { return Array(repeating: .undefined, count: shares.count) }
        precondition(resamples.rounds == rounds, "resamples drawn for another number of rounds")
        var samples = [Double](repeating: .nan, count: shares.count * rounds)
        resamples.positions.withUnsafeBufferPointer { positions in
            samples.withUnsafeMutableBufferPointer { samples in
                for m in shares.indices {
                    shares[m].withUnsafeBufferPointer { share in
                        Self.meanShares(share, positions, prompts: prompts,
                                        into: UnsafeMutableBufferPointer(rebasing: samples[(m * rounds)..<((m + 1) * rounds)]))
                    }
                }
            }
        }
        let points = shares.map { share in Descriptive.mean(share.filter { !$0.isNaN }).map { 100 * $0 } ?? .nan }
        return summaries(models: shares.count, samples, points: points)
    }

    /// 100 · the mean share of each round's resampled prompts (NaN shares left out; NaN for a round
    /// without any). Each prompt is read as the pair (share, 1), or (0, 0) when its share is NaN, so a
    /// round sums pairs: the same additions in the same order as skipping NaN shares (adding +0 leaves
    /// a sum that starts at +0 as it was, and counts of ones are exact). Four rounds are summed side by
    /// side so that their chains of additions overlap instead of waiting on each other.
    private static func meanShares(_ share: UnsafeBufferPointer<Double>, _ positions: UnsafeBufferPointer<Int>,
                                   prompts: Int, into means: UnsafeMutableBufferPointer<Double>) {
        let pairs = share.map { $0.isNaN ? SIMD2<Double>(0, 0) : SIMD2($0, 1) }
        func mean(_ pair: SIMD2<Double>) -> Double { pair[1] > 0 ? 100 * pair[0] / pair[1] : .nan }
        pairs.withUnsafeBufferPointer { pairs in
            var r = 0
            while r + 4 <= means.count {
                let p = positions.baseAddress! + r * prompts
                var a = SIMD2<Double>.zero, b = SIMD2<Double>.zero, c = SIMD2<Double>.zero, d = SIMD2<Double>.zero
                for k in 0..<prompts {
                    a += pairs[p[k]]
                    b += pairs[p[prompts + k]]
                    c += pairs[p[2 * prompts + k]]
                    d += pairs[p[3 * prompts + k]]
                }
                means[r] = mean(a)
                means[r + 1] = mean(b)
                means[r + 2] = mean(c)
                means[r + 3] = mean(d)
                r += 4
            }
            while r < means.count {
                var a = SIMD2<Double>.zero
                for k in 0..<prompts { a += pairs[positions[r * prompts + k]] }
                means[r] = mean(a)
                r += 1
            }
        }
    }

    /// How a bootstrap round refits the length-controlled GLM.
    public enum Refit: Sendable, Equatable {
        /// Two proximal Newton steps from the full-data fit, the second from a third-order expansion
        /// around it (`NewtonRefit`): sums over the resampled rows, no `exp`. What the rank stage uses.
        case expandedNewton
        /// `steps` proximal Newton steps from the full-data fit, every step after the first computed
        /// exactly on the resampled rows (one `exp` a row and step).
        case newton(steps: Int)
        /// A full liblinear solve per round (≈ 0.25 ms on 800 rows): the reference the others are tested
        /// against.
        case liblinear

        /// The Newton refit's second step; nil for liblinear solves.
        var secondStep: NewtonRefit.SecondStep? {
            switch self {
            case .expandedNewton: .expanded
            case .newton(let steps): steps > 1 ? .exact(steps - 1) : .firstOnly
            case .liblinear: nil
            }
        }
    }

    /// Length-controlled win-rate intervals, one per model, the GLM refitted on each round's resampled
    /// prompts. Held at their full-data values, as an approximation of rerunning AlpacaEval's whole
    /// procedure per round: the penalty C (cross-validation would cost 50 fits a round), the length
    /// standardisation (std of the length differences) and, with a difficulty, the difficulties.
    /// `referenceLengths` and `difficulty` are per prompt, shared by the models. `fits` are the
    /// full-data fits of the same design (`lengthControlledWinRate` on each model's row of the matrix),
    /// computed when nil; `refit` says how each round refits (see `Refit`).
    public func lengthControlledIntervals(
        preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int], difficulty: [Double]? = nil,
        fits: [LengthControlled]? = nil, refit: Refit = .expandedNewton, resamples: Resamples? = nil
    ) -> [Interval] {
        lengthControlledEstimates(preferences: preferences, modelLengths: modelLengths,
                                  referenceLengths: referenceLengths, difficulty: difficulty, fits: fits,
                                  refit: refit, resamples: resamples).map(\.interval)
    }

    /// `lengthControlledIntervals` with each figure's bootstrap standard error: the standard error a
    /// leaderboard publishes for the LC (AlpacaEval's `lc_standard_error` is the spread of the GLM's
    /// predictions over rows, 0 by construction without a difficulty term, not an uncertainty).
    public func lengthControlledEstimates(
        preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int], difficulty: [Double]? = nil,
        fits: [LengthControlled]? = nil, refit: Refit = .expandedNewton, resamples: Resamples? = nil
    ) -> [BootstrapEstimate] {
        let prompts = Self.promptCount(preferences)
        precondition(modelLengths.count == preferences.count, "one length list per model")
        precondition(fits == nil || fits!.count == preferences.count, "one fit per model")
        let resamples = resamples ?? self.resamples(prompts: prompts)
        let designs = preferences.indices.map { m in
            LengthDesign(preferences: preferences[m], modelLengths: modelLengths[m],
                         referenceLengths: referenceLengths, difficulty: difficulty)
        }
        let fits = fits ?? designs.map { design in
            guard let c = design.crossValidatedC() else {
                return LengthControlled(winRate: .nan, standardError: .nan, regularization: .nan, weights: [])
            }
            return LengthControlled(winRate: .nan, standardError: .nan, regularization: c, weights: design.fit(c: c))
        }
        // A liblinear solve of a round: the reference, and the Newton refit's fallback where its expansion
        // cannot be trusted. Position of each prompt among a model's counting rows (nil when its preference
        // does not count).
        let countingPosition: [[Int?]] = designs.map { design in
            var position = [Int?](repeating: nil, count: prompts)
            for (k, i) in design.counting.enumerated() { position[i] = k }
            return position
        }
        func solved(_ m: Int, _ rows: UnsafeBufferPointer<Int>) -> Double {
            let c = fits[m].regularization
            guard c.isFinite else { return .nan }
            let fitted = rows.compactMap { countingPosition[m][$0] }
            guard !fitted.isEmpty else { return .nan }
            let w = designs[m].problem(fitted).solve(c: c, seed: LengthDesign.seeds[0])
            return 100 * designs[m].meanEqualLengthPrediction(rows: rows, w)
        }
        switch refit.secondStep {
        case let second?:
            let refits = designs.indices.map { NewtonRefit(design: designs[$0], fit: fits[$0], secondStep: second) }
            return intervals(models: designs.count, resamples, points: fits.map(\.winRate)) { m, rows in
                guard let refit = refits[m] else { return .nan }
                return refit.equalLengthWinRate(rows: rows) ?? solved(m, rows)
            }
        case nil:
            return intervals(models: designs.count, resamples, points: fits.map(\.winRate), estimate: solved)
        }
    }

    /// Runs `estimate(model, resampledPrompts)` for every round and model; percentile intervals.
    private func intervals(models: Int, _ resamples: Resamples, points: [Double],
                           estimate: (Int, UnsafeBufferPointer<Int>) -> Double) -> [BootstrapEstimate] {
        let prompts = resamples.prompts
        guard prompts > 0 else { return Array(repeating: .undefined, count: models) }
        precondition(resamples.rounds == rounds, "resamples drawn for another number of rounds")
        // samples[m * rounds + r]: model m's estimate on round r (NaN when undefined there).
        var samples = [Double](repeating: .nan, count: models * rounds)
        resamples.positions.withUnsafeBufferPointer { positions in
            samples.withUnsafeMutableBufferPointer { samples in
                for r in 0..<rounds {
                    let rows = UnsafeBufferPointer(rebasing: positions[(r * prompts)..<((r + 1) * prompts)])
                    for m in 0..<models { samples[m * rounds + r] = estimate(m, rows) }
                }
            }
        }
        return summaries(models: models, samples, points: points)
    }

    /// Interval (`method`) and standard deviation of each model's estimates (`samples[m * rounds + r]`,
    /// NaN where undefined; those rounds are left out) around its full-data figure `points[m]`.
    private func summaries(models: Int, _ samples: [Double], points: [Double]) -> [BootstrapEstimate] {
        let tail = (1 - level) / 2
        return (0..<models).map { m in
            let sorted = samples[(m * rounds)..<((m + 1) * rounds)].filter { !$0.isNaN }.sorted()
            guard !sorted.isEmpty else { return .undefined }
            var (low, high) = (tail, 1 - tail)
            if method == .biasCorrected, points[m].isFinite {
                // Share of rounds below the estimate (ties half), kept off 0 and 1 so z₀ stays finite.
                let below = Double(sorted.filter { $0 < points[m] }.count)
                let equal = Double(sorted.filter { $0 == points[m] }.count)
                let count = Double(sorted.count)
                let share = min(max((below + equal / 2) / count, 0.5 / count), 1 - 0.5 / count)
                let z0 = Normal.quantile(share)
                low = Normal.cdf(2 * z0 + Normal.quantile(tail))
                high = Normal.cdf(2 * z0 + Normal.quantile(1 - tail))
            }
            return BootstrapEstimate(
                interval: Interval(low: Descriptive.quantile(sorted: sorted, low),
                                   high: Descriptive.quantile(sorted: sorted, high)),
                // Equal rounds have no spread: exactly 0, not the rounding noise of a mean taken back off.
                standardError: sorted.first == sorted.last ? 0 : Descriptive.standardDeviation(sorted) ?? .nan)
        }
    }

    private static func promptCount(_ preferences: [[Double?]]) -> Int {
        let count = preferences.first?.count ?? 0
        precondition(preferences.allSatisfy { $0.count == count }, "every model must list the same prompts")
        return count
    }
}

extension BootstrapEstimate {
    static let undefined = BootstrapEstimate(interval: Interval(low: .nan, high: .nan), standardError: .nan)
}

/// The prompt positions of every round of a `Bootstrap`, row-major (`positions[r * prompts + k]`).
public struct Resamples: Sendable, Equatable {
    public let rounds: Int
    public let prompts: Int
    public let positions: [Int]
}
