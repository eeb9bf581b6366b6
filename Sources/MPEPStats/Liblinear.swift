/// liblinear's L1-regularised logistic regression (`solve_l1r_lr`, newGLMNET), replayed step by step.
///
/// AlpacaEval fits its GLM with scikit-learn's liblinear, which stops at a loose tolerance
/// (1e-4 · min(#pos, #neg) / #instances of the first gradient): on AlpacaEval's data its answer sits up to
/// 0.06 points of LC away from the exact optimum, and the cross-validated C depends on those inexact fits.
/// Replaying the same algorithm — same instance order, coordinate order drawn from the same Mersenne
/// Twister, same shrinking, inner tolerance and line search — gives its answers to ~1e-12.
///
/// The problem, for instances i with labels ±1, weights Wᵢ and penalty C:
///
///     min_w ‖w‖₁ + Σᵢ C·Wᵢ · log(1 + exp(−labelᵢ · w·xᵢ))
struct Liblinear {
    /// Number of instances and of features.
    let count: Int
    let width: Int
    /// +1 or −1 per instance.
    let label: [Double]
    /// Instance weight (sample weight) per instance.
    let weight: [Double]
    /// Columns in compressed form: the entries of feature j are `columnStart[j]..<columnStart[j + 1]`.
    let columnStart: [Int]
    let rowIndex: [Int]
    let value: [Double]
    /// The input row of each instance, and the first instance of each input row that has one: both copies
    /// of a row always hold bit-identical exp(w·x), so the line search takes one exp and one log per row.
    let source: [Int]
    let representative: [Int]

    /// AlpacaEval's duplicated rows from continuous targets, dense features (`x[i * width + j]`).
    init(x: [Double], y: [Double], width: Int) {
        let (source, label, weight) = Self.instances(y)
        var start = [0], rows: [Int] = [], values: [Double] = []
        rows.reserveCapacity(source.count * width)
        values.reserveCapacity(source.count * width)
        for j in 0..<width {
            for (k, row) in source.enumerated() {
                let v = x[row * width + j]
                if v != 0 { rows.append(k); values.append(v) }
            }
            start.append(rows.count)
        }
        self.init(width: width, rows: y.count, source: source, label: label, weight: weight,
                  columnStart: start, rowIndex: rows, value: values)
    }

    /// As `init(x:y:width:)` with sparse rows: `rows[i]` lists row i's (feature, value) pairs.
    init(rows: [[(Int, Double)]], y: [Double], width: Int) {
        let (source, label, weight) = Self.instances(y)
        var start = [Int](repeating: 0, count: width + 1)
        for row in source { for (j, v) in rows[row] where v != 0 { start[j + 1] += 1 } }
        for j in 0..<width { start[j + 1] += start[j] }
        var next = start
        var rowIndex = [Int](repeating: 0, count: start[width])
        var values = [Double](repeating: 0, count: start[width])
        for (k, row) in source.enumerated() {
            for (j, v) in rows[row] where v != 0 {
                rowIndex[next[j]] = k
                values[next[j]] = v
                next[j] += 1
            }
        }
        self.init(width: width, rows: y.count, source: source, label: label, weight: weight,
                  columnStart: start, rowIndex: rowIndex, value: values)
    }

    private init(width: Int, rows: Int, source: [Int], label: [Double], weight: [Double], columnStart: [Int],
                 rowIndex: [Int], value: [Double]) {
        count = source.count
        self.width = width
        self.source = source
        self.label = label
        self.weight = weight
        self.columnStart = columnStart
        self.rowIndex = rowIndex
        self.value = value
        var first = [Int](repeating: -1, count: rows)
        for (k, row) in source.enumerated() where first[row] < 0 { first[row] = k }
        representative = first.filter { $0 >= 0 }
    }

    /// Each row is an instance of label +1 with weight y and one of label −1 with weight 1 − y. Instances of
    /// weight 0 are removed and the rest grouped by class, class 0 first, as scikit-learn's liblinear does
    /// (`remove_zero_weight`, `group_classes`).
    private static func instances(_ y: [Double]) -> (source: [Int], label: [Double], weight: [Double]) {
        var source: [Int] = [], label: [Double] = [], weight: [Double] = []
        for (i, t) in y.enumerated() where 1 - t > 0 { source.append(i); label.append(-1); weight.append(1 - t) }
        for (i, t) in y.enumerated() where t > 0 { source.append(i); label.append(1); weight.append(t) }
        return (source, label, weight)
    }

    /// Up to this many features the inner solver works from the full Hessian.
    static let denseWidth = 4

    /// The weights liblinear returns for penalty `c`, with its coordinate order seeded by `seed`
    /// (`tol` and `maxNewtonIterations` are scikit-learn's defaults for LogisticRegressionCV).
    func solve(c: Double, seed: UInt32, tol: Double = 1e-4, maxNewtonIterations: Int = 100) -> [Double] {
        let l = count, wSize = width
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
        let label = buffer(self.label), source = buffer(self.source), representative = buffer(self.representative)

        var rng = MersenneTwister(seed: seed)
        let pos = self.label.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let eps = tol * Double(max(min(pos, l - pos), 1)) / Double(l)
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
        let xTd = doubles(l)
        let expWTx = doubles(l, 1)
        let expWTxNew = doubles(l)
        let sourceCount = (self.source.max() ?? -1) + 1
        let rowExpWTxNew = doubles(sourceCount)
        let rowTerm = doubles(sourceCount)   // per row: the line-search log term, then 1 / (1 + exp(w·x))
        let tau = doubles(l)
        let d = doubles(l)
        let cost = buffer(weight.map { $0 * c })
        // With a few features the quadratic model's gradient is cheaper from the full Hessian (width² terms
        // per coordinate step) than from the instances (one pass over a column per step); the two are equal
        // up to rounding in the last bits.
        let dense = wSize <= Self.denseWidth
        let hessian = doubles(dense ? wSize * wSize : 0)
        let step = doubles(wSize)
        let xDense = doubles(dense ? l * wSize : 0)   // instance-major copy of the features
        if dense {
            for j in 0..<wSize {
                for k in columnStart[j]..<columnStart[j + 1] { xDense[rowIndex[k] * wSize + j] = value[k] }
            }
        }

        var wNorm = 0.0
        for j in 0..<wSize {
            for k in columnStart[j]..<columnStart[j + 1] where label[rowIndex[k]] == -1 {
                xjnegSum[j] += cost[rowIndex[k]] * value[k]
            }
        }
        for i in 0..<l {
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
            if newtonIteration == 0 { gnorm1Init = gnorm1New }
            if gnorm1New <= eps * gnorm1Init || qpNoChange >= 10 { break }
            qpNoChange += 1

            // Coordinate descent on the quadratic model, over wpd.
            var iteration = 0
            var qpGmaxOld = Double.infinity
            var qpActiveSize = activeSize
            for j in 0..<wSize { step[j] = 0 }
            if dense {
                for a in 0..<wSize {
                    for b in a..<wSize {
                        var sum = 0.0
                        for i in 0..<l { sum += xDense[i * wSize + a] * d[i] * xDense[i * wSize + b] }
                        hessian[a * wSize + b] = sum
                        hessian[b * wSize + a] = sum
                    }
                }
            } else {
                for i in 0..<l { xTd[i] = 0 }
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
                for i in 0..<l {
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
            for i in 0..<l where label[i] == -1 { negsumXTd += cost[i] * xTd[i] }
            var lineSearches = 0
            while lineSearches < maxLineSearches {
                var cond = wNormNew - wNorm + negsumXTd - sigma * delta
                for k in representative {
                    let expXTd = _exp(xTd[k])
                    let e = expWTx[k] * expXTd
                    rowExpWTxNew[source[k]] = e
                    rowTerm[source[k]] = _log((1 + e) / (expXTd + e))
                }
                for i in 0..<l {
                    expWTxNew[i] = rowExpWTxNew[source[i]]
                    cond += cost[i] * rowTerm[source[i]]
                }
                if cond <= 0 {
                    wNorm = wNormNew
                    for j in 0..<wSize { w[j] = wpd[j] }
                    for k in representative { rowTerm[source[k]] = 1 / (1 + rowExpWTxNew[source[k]]) }
                    for i in 0..<l {
                        expWTx[i] = expWTxNew[i]
                        let tauTmp = rowTerm[source[i]]
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
                for i in 0..<l { xTd[i] *= 0.5 }
                lineSearches += 1
            }
            if lineSearches >= maxLineSearches {
                // Recompute exp(w·x) from w after too many halvings, as liblinear does.
                for i in 0..<l { expWTx[i] = 0 }
                for j in 0..<wSize where w[j] != 0 {
                    for k in columnStart[j]..<columnStart[j + 1] { expWTx[rowIndex[k]] += w[j] * value[k] }
                }
                for i in 0..<l { expWTx[i] = _exp(expWTx[i]) }
            }
            if iteration == 1 { innerEps *= 0.25 }
            newtonIteration += 1
            gmaxOld = gmaxNew
        }
        return Array(w)
    }
}
