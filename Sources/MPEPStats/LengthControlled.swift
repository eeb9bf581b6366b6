/// AlpacaEval's length-controlled win rate of one model against the reference.
///
/// A GLM predicts the judge's preference from the length difference (and, optionally, the prompt's
/// difficulty); the LC win rate is its prediction when both outputs have the same length. See
/// `lengthControlledWinRate(preferences:modelLengths:referenceLengths:difficulty:)`.
public struct LengthControlled: Sendable, Equatable, Codable {
    /// 100 · mean of the predicted preferences at equal lengths, over all rows (null rows included).
    public var winRate: Double
    /// 100 · standard error (ddof 1) of those predictions. With no difficulty term every row gets the same
    /// prediction, so it is 0 (AlpacaEval prints rounding noise of order 1e-16 there).
    public var standardError: Double
    /// The penalty weight C chosen by cross-validation.
    public var regularization: Double
    /// The fitted weights, in AlpacaEval's column order: length term, difficulty (when given), constant.
    public var weights: [Double]

    public init(winRate: Double, standardError: Double, regularization: Double, weights: [Double]) {
        self.winRate = winRate
        self.standardError = standardError
        self.regularization = regularization
        self.weights = weights
    }

    /// The fit chose the all-zero model (every weight 0): the LC is 50 by construction, whatever the
    /// data, so it is not an estimate of anything. Cross-validation does this on few prompts, where the
    /// strongest penalty predicts held-out rows best.
    public var isFlat: Bool { !weights.isEmpty && weights.allSatisfy { $0 == 0 } }

    enum CodingKeys: String, CodingKey {
        case winRate = "length_controlled_winrate", standardError = "lc_standard_error"
        case regularization = "c", weights
    }
}

/// The length-controlled win rate, as AlpacaEval's `get_length_controlled_winrate` computes it with the GLM
/// `length_controlled_minimal` (no `difficulty`) or `length_controlled_noreg` (with one difficulty per row).
///
/// Per row: `std_delta_len = (len(reference) − len(model)) / std` (std over all rows, ddof 1, lengths in code
/// points); the design is `tanh(std_delta_len)` [, difficulty], and a constant. Each counting row becomes two
/// rows, label 1 weighted `y = p − 1` and label 0 weighted `1 − y`; the fit is L1-penalised logistic regression
/// with the constant penalised too (liblinear, no separate intercept). C is chosen among 10 values log-spaced
/// from 1e-4 to 1e4 by 5-fold cross-validation scored by the unweighted mean continuous log-loss of the
/// held-out rows (as AlpacaEval's `logloss_continuous`); row g among the counting rows is in fold g mod 5
/// (the oracle's `--folds modulo`). Rows whose preference does not count (`Preference.normalized` is nil)
/// are left out of the fit but predicted; AlpacaEval leaves out only nulls, which differs only for values
/// outside [1, 2]. The fits replay liblinear (`Liblinear`), tolerance and coordinate order included: its
/// early stop moves the figure by up to 0.06 points from the exact optimum, so an exact solver would not
/// reproduce AlpacaEval.
///
/// Returns NaN figures when no row counts. A model judged against itself (every row a draw) gets 50.
///
///     let lc = lengthControlledWinRate(preferences: prefs, modelLengths: m, referenceLengths: r)
///     lc.winRate   // e.g. 32.4
public func lengthControlledWinRate(
    preferences: [Double?], modelLengths: [Int], referenceLengths: [Int], difficulty: [Double]? = nil
) -> LengthControlled {
    let design = LengthDesign(
        preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths,
        difficulty: difficulty)
    guard let c = design.crossValidatedC() else {
        return LengthControlled(winRate: .nan, standardError: .nan, regularization: .nan, weights: [])
    }
    let w = design.fit(c: c)
    let predictions = design.equalLengthPredictions(w)
    return LengthControlled(
        winRate: 100 * (Descriptive.mean(predictions) ?? .nan),
        standardError: 100 * (Descriptive.standardError(predictions) ?? .nan),
        regularization: c, weights: w)
}

/// The GLM's data for one model: features of every row, and the counting rows the fit uses.
struct LengthDesign {
    /// The C values LogisticRegressionCV tries (`np.logspace(-4, 4, 10)`).
    static let grid: [Double] = (0..<10).map { k in _pow(10, -4 + 8 * Double(k) / 9) }
    static let folds = 5
    /// liblinear's seed for the k-th C of a path (scikit-learn with `random_state=123`).
    static let seeds = MersenneTwister.scikitLearnSeeds(grid.count)

    /// Number of rows (all, counting or not) and features per row.
    let rows: Int
    let width: Int
    /// Features of every row at equal lengths (length term 0), row-major, for the predictions.
    let equalLengthFeatures: [Double]
    /// Features (with the length term) and targets p − 1 of the counting rows, row-major.
    let x: [Double]
    let y: [Double]
    /// Index among all rows of each counting row.
    let counting: [Int]

    init(preferences: [Double?], modelLengths: [Int], referenceLengths: [Int], difficulty: [Double]?) {
        precondition(modelLengths.count == preferences.count && referenceLengths.count == preferences.count,
                     "one model length and one reference length per preference")
        precondition(difficulty == nil || difficulty!.count == preferences.count, "one difficulty per preference")
        rows = preferences.count
        width = difficulty == nil ? 2 : 3
        let delta = (0..<rows).map { Double(referenceLengths[$0] - modelLengths[$0]) }
        let std = Descriptive.standardDeviation(delta) ?? 0
        counting = (0..<rows).filter { Preference.normalized(preferences[$0]) != nil }
        var equal: [Double] = []
        equal.reserveCapacity(rows * width)
        for i in 0..<rows {
            equal.append(0)
            if let difficulty { equal.append(difficulty[i]) }
            equal.append(1)
        }
        equalLengthFeatures = equal
        var features: [Double] = []
        features.reserveCapacity(counting.count * width)
        for i in counting {
            features.append(std > 0 ? _tanh(delta[i] / std) : 0)
            if let difficulty { features.append(difficulty[i]) }
            features.append(1)
        }
        x = features
        y = counting.map { Preference.modelShare(preferences[$0])! }
    }

    /// liblinear's problem over the counting rows at `positions` (all when nil).
    func problem(_ positions: [Int]? = nil) -> Liblinear {
        guard let positions else { return Liblinear(x: x, y: y, width: width) }
        var xs: [Double] = []
        xs.reserveCapacity(positions.count * width)
        for i in positions { xs.append(contentsOf: x[(i * width)..<(i * width + width)]) }
        return Liblinear(x: xs, y: positions.map { y[$0] }, width: width)
    }

    /// The fit on all counting rows at `c`, as LogisticRegressionCV's refit.
    func fit(c: Double) -> [Double] {
        problem().solve(c: c, seed: Self.seeds[0])
    }

    /// The C of `grid` with the best summed held-out score (the first on ties), nil without counting rows.
    func crossValidatedC() -> Double? {
        let n = y.count
        guard n > 0 else { return nil }
        var loss = [Double](repeating: 0, count: Self.grid.count)
        for fold in 0..<Self.folds {
            let heldOut = (0..<n).filter { $0 % Self.folds == fold }
            let training = (0..<n).filter { $0 % Self.folds != fold }
            guard !heldOut.isEmpty, !training.isEmpty else { continue }
            let train = problem(training)
            for (k, c) in Self.grid.enumerated() {
                let w = train.solve(c: c, seed: Self.seeds[k])
                loss[k] += heldOutLogLoss(heldOut, w)
            }
        }
        var best = 0
        for k in loss.indices where loss[k] < loss[best] { best = k }
        return Self.grid[best]
    }

    /// Mean continuous log-loss of the counting rows at `positions`, predictions clipped to
    /// [1e-15, 1 − 1e-15] (AlpacaEval's `logloss_continuous` without sample weights).
    func heldOutLogLoss(_ positions: [Int], _ w: [Double]) -> Double {
        var sum = 0.0
        for i in positions {
            var z = 0.0
            for j in 0..<width { z += x[i * width + j] * w[j] }
            let q = min(max(1 / (1 + _exp(-z)), 1e-15), 1 - 1e-15)
            sum -= y[i] * _log(q) + (1 - y[i]) * _log(1 - q)
        }
        return sum / Double(positions.count)
    }

    /// The predicted preference of row `i` at equal lengths.
    func equalLengthPrediction(row i: Int, _ w: [Double]) -> Double {
        var z = 0.0
        for j in 0..<width { z += equalLengthFeatures[i * width + j] * w[j] }
        return 1 / (1 + _exp(-z))
    }

    /// Mean predicted preference at equal lengths over `rows` (with repeats). Without a difficulty
    /// every row has the same features (length term 0, constant 1), so one prediction is the mean.
    func meanEqualLengthPrediction(rows: UnsafeBufferPointer<Int>, _ w: [Double]) -> Double {
        guard width == 3 else { return 1 / (1 + _exp(-w[width - 1])) }
        var sum = 0.0
        for i in rows { sum += equalLengthPrediction(row: i, w) }
        return sum / Double(rows.count)
    }

    /// The predicted preference of every row at equal lengths.
    func equalLengthPredictions(_ w: [Double]) -> [Double] {
        (0..<rows).map { equalLengthPrediction(row: $0, w) }
    }
}
