import MPEPParallel

/// Per-prompt difficulty for the `length_controlled_noreg` GLM, estimated from all models' judgments of one
/// language jointly, the model of AlpacaEval's `notebooks/instruction_difficulty.ipynb`.
///
/// One L1-penalised logistic fit (liblinear, C cross-validated as in `lengthControlledWinRate`, row g of the
/// pooled rows in fold g mod 5) of the continuous preference on: a length slope per model
/// (`tanh(Δlen / std)`, std over that model's rows, not centred), a bias per model, one term per prompt
/// (treatment coding: the first prompt with a judgment is the 0 level), and a constant. The prompt terms are
/// the difficulties (higher = the models do better than the reference there).
///
/// Rows count when the preference counts and the model's output is not empty (the notebook's `len_2 != 0`).
/// Unlike the notebook, lengths get no random jitter (mpep must be deterministic), so a model judged against
/// itself has slope feature 0. Prompts no model has a counting row on get 0.
///
/// - Parameters:
///   - preferences: `preferences[m][i]`, model m on prompt i (every model lists the same prompts).
///   - modelLengths: code-point lengths of each model's outputs, same shape.
///   - referenceLengths: the reference's output length per prompt.
public func instructionDifficulty(
    preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int]
) -> [Double] {
    let fit = InstructionDifficultyFit(
        preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths)
    return fit.difficulties(ParallelMap.map(Array(0..<fit.folds)) { fit.fold($0) })
}

/// `instructionDifficulty` in steps, for a caller that runs the cross-validation folds beside other
/// work (the rank stage does): `fold(k)` for every k in `0..<folds`, in any order or in parallel,
/// then `difficulties(_:)` with the folds in order. The result is `instructionDifficulty`'s.
///
///     let fit = InstructionDifficultyFit(preferences: p, modelLengths: m, referenceLengths: r)
///     let difficulty = fit.difficulties((0..<fit.folds).map(fit.fold))
public struct InstructionDifficultyFit: Sendable {
    let design: DifficultyDesign

    public init(preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int]) {
        design = DifficultyDesign(preferences: preferences, modelLengths: modelLengths,
                                  referenceLengths: referenceLengths)
    }

    public var folds: Int { LengthDesign.folds }

    /// One fold's walk up the C grid: its held-out losses and weights at every C.
    public func fold(_ k: Int) -> Fold {
        Fold(path: design.crossValidationPath(fold: k))
    }

    /// The chosen C's fit on all rows, as difficulties per prompt (0 for prompts without rows).
    public func difficulties(_ folds: [Fold]) -> [Double] {
        precondition(folds.count == self.folds, "one result per fold")
        guard let (c, start) = design.chooseC(folds.map(\.path)) else {
            return Array(repeating: 0, count: design.prompts)
        }
        let w = design.problem(nil).solve(c: c, seed: LengthDesign.seeds[0], start: start)
        return design.difficulties(w)
    }

    /// A fold's result, opaque to callers.
    public struct Fold: Sendable {
        let path: DifficultyDesign.Path?
    }
}

/// The pooled design of the joint fit: features in the notebook formula's order (slopes, biases, prompts,
/// constant), one row per counting (model, prompt) pair, models in input order.
struct DifficultyDesign {
    let models: Int
    let prompts: Int
    /// Feature column of each prompt's term (nil for the 0 level and prompts without rows).
    let promptColumn: [Int?]
    let width: Int
    let rows: [[(Int, Double)]]
    let y: [Double]

    init(preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int]) {
        let models = preferences.count, prompts = referenceLengths.count
        self.models = models
        self.prompts = prompts
        precondition(preferences.allSatisfy { $0.count == prompts } && modelLengths.count == models
                     && modelLengths.allSatisfy { $0.count == prompts }, "one value per model and prompt")
        var kept: [(model: Int, prompt: Int, delta: Double, y: Double)] = []
        for m in 0..<models {
            for i in 0..<prompts {
                guard let share = Preference.modelShare(preferences[m][i]), modelLengths[m][i] != 0 else { continue }
                kept.append((m, i, Double(referenceLengths[i] - modelLengths[m][i]), share))
            }
        }
        let stds: [Double] = (0..<models).map { m in
            Descriptive.standardDeviation(kept.filter { $0.model == m }.map(\.delta)) ?? 0
        }
        let present = Set(kept.map(\.prompt)).sorted()
        var column = [Int?](repeating: nil, count: prompts)
        for (k, i) in present.dropFirst().enumerated() { column[i] = 2 * models + k }
        promptColumn = column
        let constant = 2 * models + max(present.count - 1, 0)
        width = constant + 1
        rows = kept.map { r in
            let slope = stds[r.model] > 0 ? _tanh(r.delta / stds[r.model]) : 0
            var features: [(Int, Double)] = [(r.model, slope), (models + r.model, 1)]
            if let j = column[r.prompt] { features.append((j, 1)) }
            features.append((constant, 1))
            return features
        }
        y = kept.map(\.y)
    }

    func problem(_ positions: [Int]?) -> Liblinear {
        guard let positions else { return Liblinear(rows: rows, y: y, width: width) }
        return Liblinear(rows: positions.map { rows[$0] }, y: positions.map { y[$0] }, width: width)
    }

    /// One fold's held-out losses and weights along the C grid; nil when the fold has no held-out or
    /// no training rows.
    struct Path: Sendable {
        let loss: [Double]
        let weights: [[Double]]
    }

    /// As `LengthDesign.crossValidatedC`, over the pooled rows, with two differences that only make it
    /// faster (this fit has hundreds of features and tens of thousands of rows): each fold walks the C
    /// grid upwards warm-starting every solve from the previous C's weights, and the folds are
    /// independent (`InstructionDifficultyFit` runs them in parallel).
    func crossValidationPath(fold: Int) -> Path? {
        let n = y.count, grid = LengthDesign.grid, folds = LengthDesign.folds
        let heldOut = (0..<n).filter { $0 % folds == fold }
        let training = (0..<n).filter { $0 % folds != fold }
        guard !heldOut.isEmpty, !training.isEmpty else { return nil }
        let train = problem(training)
        var loss: [Double] = [], weights: [[Double]] = []
        var start: [Double]? = nil
        for (k, c) in grid.enumerated() {
            let w = train.solve(c: c, seed: LengthDesign.seeds[k], start: start)
            start = w
            weights.append(w)
            var sum = 0.0
            for i in heldOut {
                var z = 0.0
                for (j, v) in rows[i] { z += v * w[j] }
                let q = min(max(1 / (1 + _exp(-z)), 1e-15), 1 - 1e-15)
                sum -= y[i] * _log(q) + (1 - y[i]) * _log(1 - q)
            }
            loss.append(sum / Double(heldOut.count))
        }
        return Path(loss: loss, weights: weights)
    }

    /// The C with the best summed held-out loss over the folds' paths (in fold order; the first C on
    /// ties), and the first fold's weights there, to warm-start the final fit. Nil without rows.
    func chooseC(_ paths: [Path?]) -> (Double, [Double])? {
        guard !y.isEmpty else { return nil }
        let grid = LengthDesign.grid
        var loss = [Double](repeating: 0, count: grid.count)
        for path in paths.compactMap({ $0 }) {
            for k in loss.indices { loss[k] += path.loss[k] }
        }
        var best = 0
        for k in loss.indices where loss[k] < loss[best] { best = k }
        return (grid[best], paths.compactMap { $0 }.first?.weights[best] ?? [])
    }

    func difficulties(_ w: [Double]) -> [Double] {
        promptColumn.map { $0.map { w[$0] } ?? 0 }
    }
}
