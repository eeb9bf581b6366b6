/// liblinear's L1-regularised logistic regression (`solve_l1r_lr`, newGLMNET), replayed step by step.
///
/// AlpacaEval fits its GLM with scikit-learn's liblinear, which stops at a loose tolerance
/// (1e-4 · min(#pos, #neg) / #instances of the first gradient): on AlpacaEval's data its answer sits up to
/// 0.06 points of LC away from the exact optimum, and the cross-validated C depends on those inexact fits.
/// Replaying the same algorithm — same instances, coordinate order drawn from the same Mersenne Twister,
/// same shrinking, inner tolerance and line search — reproduces its answers to ~1e-12.
///
/// The problem, for instances i with labels ±1, weights Wᵢ and penalty C:
///
///     min_w ‖w‖₁ + Σᵢ C·Wᵢ · log(1 + exp(−labelᵢ · w·xᵢ))
///
/// AlpacaEval's instances come in pairs: row r with target y is an instance of label +1 and weight y and
/// one of label −1 and weight 1 − y (instances of weight 0 removed, as scikit-learn does). Both share x and
/// hence every per-instance quantity but the weight, so the replay works per row with the pair's weights
/// summed: the same algebra as liblinear, at half the cost, equal up to rounding in the last bits.
///
/// The passes over the data (`Liblinear+Passes.swift`) are laid out for speed, but every sum adds the
/// same terms in the same order as liblinear's column walk, so each result is bit for bit the same.
struct Liblinear {
    let width: Int
    /// Number of liblinear instances (rows with y < 1, plus rows with y > 0), and of label +1.
    let instances: Int
    let positives: Int
    /// Per row: total weight of its instances (1 for rows with both), and weight of its label −1 instance.
    let weight: [Double]
    let negativeWeight: [Double]
    /// Columns in compressed form over rows: the entries of feature j are `columnStart[j]..<columnStart[j + 1]`.
    let columnStart: [Int]
    let rowIndex: [Int32]
    let value: [Double]
    /// Per column: its first row when its rows are consecutive (no gather needed), else −1; and whether
    /// every value is 1 (a bias or a constant: the step moves each of its rows by the same amount).
    let consecutiveFrom: [Int]
    let unitValues: [Bool]
    /// Up to `denseWidth` features: each row's features, zero-padded (the dense passes read them).
    let denseRows: [SIMD4<Double>]

    /// Rows with continuous targets `y` in [0, 1] and dense features (`x[i * width + j]`).
    init(x: [Double], y: [Double], width: Int) {
        var start = [0], rows: [Int32] = [], values: [Double] = []
        rows.reserveCapacity(y.count * width)
        values.reserveCapacity(y.count * width)
        for j in 0..<width {
            for i in y.indices {
                let v = x[i * width + j]
                if v != 0 { rows.append(Int32(i)); values.append(v) }
            }
            start.append(rows.count)
        }
        self.init(y: y, width: width, columnStart: start, rowIndex: rows, value: values)
    }

    /// As `init(x:y:width:)` with sparse rows: `rows[i]` lists row i's (feature, value) pairs.
    init(rows: [[(Int, Double)]], y: [Double], width: Int) {
        var start = [Int](repeating: 0, count: width + 1)
        for row in rows { for (j, v) in row where v != 0 { start[j + 1] += 1 } }
        for j in 0..<width { start[j + 1] += start[j] }
        var next = start
        var rowIndex = [Int32](repeating: 0, count: start[width])
        var values = [Double](repeating: 0, count: start[width])
        for (i, row) in rows.enumerated() {
            for (j, v) in row where v != 0 {
                rowIndex[next[j]] = Int32(i)
                values[next[j]] = v
                next[j] += 1
            }
        }
        self.init(y: y, width: width, columnStart: start, rowIndex: rowIndex, value: values)
    }

    private init(y: [Double], width: Int, columnStart: [Int], rowIndex: [Int32], value: [Double]) {
        precondition(y.count <= Int(Int32.max), "row numbers are stored in 32 bits")
        self.width = width
        self.columnStart = columnStart
        self.rowIndex = rowIndex
        self.value = value
        negativeWeight = y.map { 1 - $0 > 0 ? 1 - $0 : 0 }
        weight = y.map { (1 - $0 > 0 ? 1 - $0 : 0) + ($0 > 0 ? $0 : 0) }
        positives = y.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        instances = positives + y.reduce(0) { $0 + (1 - $1 > 0 ? 1 : 0) }
        consecutiveFrom = (0..<width).map { j in
            let entries = columnStart[j]..<columnStart[j + 1]
            guard let first = entries.first else { return 0 }
            let from = Int(rowIndex[first])
            return entries.allSatisfy { Int(rowIndex[$0]) == from + $0 - first } ? from : -1
        }
        unitValues = (0..<width).map { j in value[columnStart[j]..<columnStart[j + 1]].allSatisfy { $0 == 1 } }
        var dense: [SIMD4<Double>] = []
        if width <= Self.denseWidth {
            dense = [SIMD4<Double>](repeating: .zero, count: y.count)
            for j in 0..<width {
                for k in columnStart[j]..<columnStart[j + 1] { dense[Int(rowIndex[k])][j] = value[k] }
            }
        }
        denseRows = dense
    }

    /// Up to this many features the inner solver works from the full Hessian.
    static let denseWidth = 4

    /// The weights liblinear returns for penalty `c`, with its coordinate order seeded by `seed`
    /// (`tol` and `maxNewtonIterations` are scikit-learn's defaults for LogisticRegressionCV).
    ///
    /// `start` warm-starts the solve (liblinear ≥ 2.2's `w` on entry): the stopping rule stays relative to
    /// the gradient at w = 0, as in a cold solve, so the answer is as close to the optimum as a cold
    /// solve's, from fewer Newton steps.
    func solve(c: Double, seed: UInt32, tol: Double = 1e-4, maxNewtonIterations: Int = 100,
               start: [Double]? = nil) -> [Double] {
        let l = instances, n = weight.count, wSize = width
        guard l > 0 else { return [Double](repeating: 0, count: wSize) }
        let work = Workspace(self, c: c)
        defer { work.deallocate() }

        var rng = MersenneTwister.prepared(seed: seed)
        let eps = tol * Double(max(min(positives, l - positives), 1)) / Double(l)
        let maxInnerIterations = 1000, maxLineSearches = 20
        let nu = 1e-12, sigma = 0.01
        var innerEps = 1.0
        var gnorm1Init = -1.0
        var gmaxOld = Double.infinity
        var qpNoChange = 0
        let (w, wpd, step, grad, hdiag, hessian) = (work.w, work.wpd, work.step, work.grad, work.hdiag, work.hessian)
        let (xTd, expWTx, expWTxNew, cost) = (work.xTd, work.expWTx, work.expWTxNew, work.cost)
        let index = work.index
        // With a few features the quadratic model's gradient is cheaper from the full Hessian (width² terms
        // per coordinate step) than from the rows (one pass over a column per step).
        let dense = work.dense

        var wNorm = 0.0
        if let start, start.contains(where: { $0 != 0 }) {
            gnorm1Init = work.violationAtZero()   // the cold solve's reference
            for j in 0..<wSize {
                w[j] = start[j]
                wNorm += abs(start[j])
                wpd[j] = start[j]
            }
            work.recomputeExpWTx()
        }
        work.updateTauAndD(all: true)

        var newtonIteration = 0
        while newtonIteration < maxNewtonIterations {
            work.derivatives(nu: nu)
            var gmaxNew = 0.0, gnorm1New = 0.0
            var activeSize = wSize
            var p = 0
            while p < activeSize {
                let j = index[p]
                let gp = grad[j] + 1, gn = grad[j] - 1
                var violation = 0.0
                if w[j] == 0 {
                    if gp < 0 {
                        violation = -gp
                    } else if gn > 0 {
                        violation = gn
                    } else if gp > gmaxOld / Double(l) && gn < -gmaxOld / Double(l) {
                        activeSize -= 1
                        index.swapAt(p, activeSize)
                        continue   // outer-level shrinking: look at the swapped-in coordinate next
                    }
                } else if w[j] > 0 {
                    violation = abs(gp)
                } else {
                    violation = abs(gn)
                }
                gmaxNew = max(gmaxNew, violation)
                gnorm1New += violation
                p += 1
            }
            if newtonIteration == 0 && gnorm1Init < 0 { gnorm1Init = gnorm1New }
            if gnorm1New <= eps * gnorm1Init || qpNoChange >= 10 { break }
            qpNoChange += 1

            // Coordinate descent on the quadratic model, over wpd; `step` accumulates this round's moves.
            var iteration = 0
            var qpGmaxOld = Double.infinity
            var qpActiveSize = activeSize
            for j in 0..<wSize { step[j] = 0 }
            if !dense { for i in 0..<n { xTd[i] = 0 } }
            while iteration < maxInnerIterations {
                var qpGmaxNew = 0.0, qpGnorm1New = 0.0
                for j in 0..<qpActiveSize {
                    let i = j + Int(rng.bounded(UInt32(qpActiveSize - j)))
                    index.swapAt(i, j)
                }
                var p = 0
                while p < qpActiveSize {
                    let j = index[p]
                    let h = hdiag[j]
                    var g = grad[j] + (wpd[j] - w[j]) * nu
                    if dense {
                        for b in 0..<wSize { g += hessian[j * wSize + b] * step[b] }
                    } else {
                        g = work.addCurvature(column: j, to: g)
                    }
                    let gp = g + 1, gn = g - 1
                    var violation = 0.0
                    if wpd[j] == 0 {
                        if gp < 0 {
                            violation = -gp
                        } else if gn > 0 {
                            violation = gn
                        } else if gp > qpGmaxOld / Double(l) && gn < -qpGmaxOld / Double(l) {
                            qpActiveSize -= 1
                            index.swapAt(p, qpActiveSize)
                            continue   // inner-level shrinking
                        }
                    } else if wpd[j] > 0 {
                        violation = abs(gp)
                    } else {
                        violation = abs(gn)
                    }
                    var z: Double
                    if gp < h * wpd[j] {
                        z = -gp / h
                    } else if gn > h * wpd[j] {
                        z = -gn / h
                    } else {
                        z = -wpd[j]
                    }
                    if abs(z) < 1.0e-12 { p += 1; continue }
                    z = min(max(z, -10), 10)
                    qpNoChange = 0
                    qpGmaxNew = max(qpGmaxNew, violation)
                    qpGnorm1New += violation
                    wpd[j] += z
                    step[j] += z
                    if !dense { work.move(column: j, by: z) }
                    p += 1
                }
                iteration += 1
                if qpGnorm1New <= innerEps * gnorm1Init {
                    if qpActiveSize == activeSize { break }
                    qpActiveSize = activeSize   // active set reactivation
                    qpGmaxOld = .infinity
                    continue
                }
                qpGmaxOld = qpGmaxNew
            }

            // Line search on the step wpd − w.
            var delta = 0.0, wNormNew = 0.0
            for j in 0..<wSize {
                delta += grad[j] * (wpd[j] - w[j])
                if wpd[j] != 0 { wNormNew += abs(wpd[j]) }
            }
            delta += wNormNew - wNorm
            var negsumXTd = dense ? work.stepAlongRows() : work.negativeCostXTd()
            var lineSearches = 0
            while lineSearches < maxLineSearches {
                var cond = wNormNew - wNorm + negsumXTd - sigma * delta
                for i in 0..<n where cost[i] > 0 {
                    let expXTd = _exp(xTd[i])
                    expWTxNew[i] = expWTx[i] * expXTd
                    cond += cost[i] * _log((1 + expWTxNew[i]) / (expXTd + expWTxNew[i]))
                }
                if cond <= 0 {
                    wNorm = wNormNew
                    for j in 0..<wSize { w[j] = wpd[j] }
                    for i in 0..<n where cost[i] > 0 { expWTx[i] = expWTxNew[i] }
                    work.updateTauAndD(all: false)
                    break
                }
                wNormNew = 0
                for j in 0..<wSize {
                    wpd[j] = (w[j] + wpd[j]) * 0.5
                    if wpd[j] != 0 { wNormNew += abs(wpd[j]) }
                }
                delta *= 0.5
                negsumXTd *= 0.5
                for i in 0..<n { xTd[i] *= 0.5 }
                lineSearches += 1
            }
            if lineSearches >= maxLineSearches {
                work.recomputeExpWTx()   // after too many halvings, as liblinear does
            }
            if iteration == 1 { innerEps *= 0.25 }
            newtonIteration += 1
            gmaxOld = gmaxNew
        }
        return Array(w)
    }
}
