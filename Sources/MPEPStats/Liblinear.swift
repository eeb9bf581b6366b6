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
    let rowIndex: [Int]
    let value: [Double]

    /// Rows with continuous targets `y` in [0, 1] and dense features (`x[i * width + j]`).
    init(x: [Double], y: [Double], width: Int) {
        var start = [0], rows: [Int] = [], values: [Double] = []
        rows.reserveCapacity(y.count * width)
        values.reserveCapacity(y.count * width)
        for j in 0..<width {
            for i in y.indices {
                let v = x[i * width + j]
                if v != 0 { rows.append(i); values.append(v) }
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
        var rowIndex = [Int](repeating: 0, count: start[width])
        var values = [Double](repeating: 0, count: start[width])
        for (i, row) in rows.enumerated() {
            for (j, v) in row where v != 0 {
                rowIndex[next[j]] = i
                values[next[j]] = v
                next[j] += 1
            }
        }
        self.init(y: y, width: width, columnStart: start, rowIndex: rowIndex, value: values)
    }

    private init(y: [Double], width: Int, columnStart: [Int], rowIndex: [Int], value: [Double]) {
        self.width = width
        self.columnStart = columnStart
        self.rowIndex = rowIndex
        self.value = value
        negativeWeight = y.map { 1 - $0 > 0 ? 1 - $0 : 0 }
        weight = y.map { (1 - $0 > 0 ? 1 - $0 : 0) + ($0 > 0 ? $0 : 0) }
        positives = y.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        instances = positives + y.reduce(0) { $0 + (1 - $1 > 0 ? 1 : 0) }
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
        // Raw buffers: the loops below run millions of times per leaderboard, and array bounds and
        // uniqueness checks would dominate them (tenfold in debug builds).
        var owned: [UnsafeMutableRawPointer] = []
        defer { for p in owned { p.deallocate() } }
        func buffer<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(values.count, 1))
            _ = b.initialize(from: values)
            owned.append(UnsafeMutableRawPointer(b.baseAddress!))
            return b
        }
        func doubles(_ count: Int, _ value: Double = 0) -> UnsafeMutableBufferPointer<Double> {
            buffer([Double](repeating: value, count: count))
        }
        let columnStart = buffer(self.columnStart), rowIndex = buffer(self.rowIndex), value = buffer(self.value)

        var rng = MersenneTwister(seed: seed)
        let eps = tol * Double(max(min(positives, l - positives), 1)) / Double(l)
        let maxInnerIterations = 1000, maxLineSearches = 20
        let nu = 1e-12, sigma = 0.01
        var innerEps = 1.0
        var gnorm1Init = -1.0
        var gmaxOld = Double.infinity
        var qpNoChange = 0

        let w = doubles(wSize)
        let index = buffer(Array(0..<wSize))
        let hdiag = doubles(wSize)
        let grad = doubles(wSize)
        let wpd = doubles(wSize)
        let xjnegSum = doubles(wSize)
        let step = doubles(wSize)
        // Per row: w·d of the step, exp(w·x) now and at the trial point, and the pair's tau and D.
        let xTd = doubles(n)
        let expWTx = doubles(n, 1)
        let expWTxNew = doubles(n)
        let tau = doubles(n)
        let d = doubles(n)
        let cost = buffer(weight.map { $0 * c })
        let negativeCost = buffer(negativeWeight.map { $0 * c })
        // With a few features the quadratic model's gradient is cheaper from the full Hessian (width² terms
        // per coordinate step) than from the rows (one pass over a column per step).
        let dense = wSize <= Self.denseWidth
        let hessian = doubles(dense ? wSize * wSize : 0)
        let xDense = doubles(dense ? n * wSize : 0)   // row-major copy of the features
        if dense {
            for j in 0..<wSize {
                for k in columnStart[j]..<columnStart[j + 1] { xDense[rowIndex[k] * wSize + j] = value[k] }
            }
        }

        var wNorm = 0.0
        for j in 0..<wSize {
            for k in columnStart[j]..<columnStart[j + 1] { xjnegSum[j] += negativeCost[rowIndex[k]] * value[k] }
        }
        /// exp(w·x) of every row from w itself (a warm start, and liblinear's reset after a failed line search).
        func recomputeExpWTx() {
            for i in 0..<n { expWTx[i] = 0 }
            for j in 0..<wSize where w[j] != 0 {
                for k in columnStart[j]..<columnStart[j + 1] { expWTx[rowIndex[k]] += w[j] * value[k] }
            }
            for i in 0..<n { expWTx[i] = _exp(expWTx[i]) }
        }
        if let start, start.contains(where: { $0 != 0 }) {
            // The cold solve's reference: the summed violation at w = 0, where every tau is cost / 2.
            var reference = 0.0
            for j in 0..<wSize {
                var tmp = 0.0
                for k in columnStart[j]..<columnStart[j + 1] { tmp += value[k] * cost[rowIndex[k]] * 0.5 }
                let g = -tmp + xjnegSum[j]
                reference += g + 1 < 0 ? -(g + 1) : (g - 1 > 0 ? g - 1 : 0)
            }
            gnorm1Init = reference
            for j in 0..<wSize {
                w[j] = start[j]
                wNorm += abs(start[j])
                wpd[j] = start[j]
            }
            recomputeExpWTx()
        }
        for i in 0..<n {
            let tauTmp = 1 / (1 + expWTx[i])
            tau[i] = cost[i] * tauTmp
            d[i] = cost[i] * expWTx[i] * tauTmp * tauTmp
        }

        var newtonIteration = 0
        while newtonIteration < maxNewtonIterations {
            var gmaxNew = 0.0, gnorm1New = 0.0
            var activeSize = wSize
            var s = 0
            while s < activeSize {
                let j = index[s]
                hdiag[j] = nu
                var tmp = 0.0
                for k in columnStart[j]..<columnStart[j + 1] {
                    let v = value[k], i = rowIndex[k]
                    hdiag[j] += v * v * d[i]
                    tmp += v * tau[i]
                }
                grad[j] = -tmp + xjnegSum[j]
                let gp = grad[j] + 1, gn = grad[j] - 1
                var violation = 0.0
                if w[j] == 0 {
                    if gp < 0 {
                        violation = -gp
                    } else if gn > 0 {
                        violation = gn
                    } else if gp > gmaxOld / Double(l) && gn < -gmaxOld / Double(l) {
                        activeSize -= 1
                        index.swapAt(s, activeSize)
                        continue   // outer-level shrinking: look at the swapped-in coordinate next
                    }
                } else if w[j] > 0 {
                    violation = abs(gp)
                } else {
                    violation = abs(gn)
                }
                gmaxNew = max(gmaxNew, violation)
                gnorm1New += violation
                s += 1
            }
            if newtonIteration == 0 && gnorm1Init < 0 { gnorm1Init = gnorm1New }
            if gnorm1New <= eps * gnorm1Init || qpNoChange >= 10 { break }
            qpNoChange += 1

            // Coordinate descent on the quadratic model, over wpd; `step` accumulates this round's moves.
            var iteration = 0
            var qpGmaxOld = Double.infinity
            var qpActiveSize = activeSize
            for j in 0..<wSize { step[j] = 0 }
            if dense {
                for a in 0..<wSize {
                    for b in a..<wSize {
                        var sum = 0.0
                        for i in 0..<n { sum += xDense[i * wSize + a] * d[i] * xDense[i * wSize + b] }
                        hessian[a * wSize + b] = sum
                        hessian[b * wSize + a] = sum
                    }
                }
            } else {
                for i in 0..<n { xTd[i] = 0 }
            }
            while iteration < maxInnerIterations {
                var qpGmaxNew = 0.0, qpGnorm1New = 0.0
                for j in 0..<qpActiveSize {
                    let i = j + Int(rng.bounded(UInt32(qpActiveSize - j)))
                    index.swapAt(i, j)
                }
                var s = 0
                while s < qpActiveSize {
                    let j = index[s]
                    let h = hdiag[j]
                    var g = grad[j] + (wpd[j] - w[j]) * nu
                    if dense {
                        for b in 0..<wSize { g += hessian[j * wSize + b] * step[b] }
                    } else {
                        for k in columnStart[j]..<columnStart[j + 1] {
                            let i = rowIndex[k]
                            g += value[k] * d[i] * xTd[i]
                        }
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
                            index.swapAt(s, qpActiveSize)
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
                    if abs(z) < 1.0e-12 { s += 1; continue }
                    z = min(max(z, -10), 10)
                    qpNoChange = 0
                    qpGmaxNew = max(qpGmaxNew, violation)
                    qpGnorm1New += violation
                    wpd[j] += z
                    step[j] += z
                    if !dense {
                        for k in columnStart[j]..<columnStart[j + 1] { xTd[rowIndex[k]] += value[k] * z }
                    }
                    s += 1
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
            if dense {
                for i in 0..<n {
                    var sum = 0.0
                    for j in 0..<wSize { sum += xDense[i * wSize + j] * step[j] }
                    xTd[i] = sum
                }
            }

            // Line search on the step wpd − w.
            var delta = 0.0, wNormNew = 0.0
            for j in 0..<wSize {
                delta += grad[j] * (wpd[j] - w[j])
                if wpd[j] != 0 { wNormNew += abs(wpd[j]) }
            }
            delta += wNormNew - wNorm
            var negsumXTd = 0.0
            for i in 0..<n { negsumXTd += negativeCost[i] * xTd[i] }
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
                    for i in 0..<n where cost[i] > 0 {
                        expWTx[i] = expWTxNew[i]
                        let tauTmp = 1 / (1 + expWTx[i])
                        tau[i] = cost[i] * tauTmp
                        d[i] = cost[i] * expWTx[i] * tauTmp * tauTmp
                    }
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
                recomputeExpWTx()   // after too many halvings, as liblinear does
            }
            if iteration == 1 { innerEps *= 0.25 }
            newtonIteration += 1
            gmaxOld = gmaxNew
        }
        return Array(w)
    }
}
