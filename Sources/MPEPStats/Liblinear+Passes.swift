extension Liblinear {
    /// One solve's buffers, and the passes over the data its Newton iterations make.
    ///
    /// Raw buffers: the loops below run millions of times per leaderboard, and array bounds and
    /// uniqueness checks would dominate them (tenfold in debug builds). Each pass computes what
    /// liblinear's column walk computes, with every sum taking the same terms in the same order: only the
    /// memory traffic and the number of passes differ.
    struct Workspace {
        let n: Int, width: Int
        /// Few features: the derivatives come from one pass over the rows, and the quadratic model's
        /// gradient from the full Hessian.
        let dense: Bool
        let columnStart: UnsafeMutableBufferPointer<Int>
        let rowIndex: UnsafeMutableBufferPointer<Int32>
        let value: UnsafeMutableBufferPointer<Double>
        let consecutiveFrom: UnsafeMutableBufferPointer<Int>
        let unitValues: UnsafeMutableBufferPointer<Bool>
        let rows: UnsafeMutableBufferPointer<SIMD4<Double>>
        /// Per entry: value · D of its row, for this Newton iteration (the sparse gradient's factor).
        let valueD: UnsafeMutableBufferPointer<Double>
        /// Per feature.
        let w, wpd, step, grad, hdiag, xjnegSum: UnsafeMutableBufferPointer<Double>
        let hessian: UnsafeMutableBufferPointer<Double>
        let index: UnsafeMutableBufferPointer<Int>
        /// Per row: w·d of the step, exp(w·x) now and at the trial point, the pair's tau and D, and the
        /// pair's costs C·W.
        let xTd, expWTx, expWTxNew, tau, d, cost, negativeCost: UnsafeMutableBufferPointer<Double>

        init(_ problem: Liblinear, c: Double) {
            n = problem.weight.count
            width = problem.width
            dense = width <= Liblinear.denseWidth
            func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
                let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(values.count, 1))
                _ = b.initialize(from: values)
                return b
            }
            func doubles(_ count: Int, _ value: Double = 0) -> UnsafeMutableBufferPointer<Double> {
                let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
                b.initialize(repeating: value)
                return b
            }
            columnStart = copy(problem.columnStart)
            rowIndex = copy(problem.rowIndex)
            value = copy(problem.value)
            consecutiveFrom = copy(problem.consecutiveFrom)
            unitValues = copy(problem.unitValues)
            rows = copy(problem.denseRows)
            valueD = doubles(dense ? 0 : problem.value.count)
            w = doubles(width)
            wpd = doubles(width)
            step = doubles(width)
            grad = doubles(width)
            hdiag = doubles(width)
            xjnegSum = doubles(width)
            hessian = doubles(dense ? width * width : 0)
            index = copy(Array(0..<width))
            xTd = doubles(n)
            expWTx = doubles(n, 1)
            expWTxNew = doubles(n)
            tau = doubles(n)
            d = doubles(n)
            cost = doubles(n)
            negativeCost = doubles(n)
            for i in 0..<n {
                cost[i] = problem.weight[i] * c
                negativeCost[i] = problem.negativeWeight[i] * c
            }
            for j in 0..<width {
                for k in columnStart[j]..<columnStart[j + 1] {
                    xjnegSum[j] += negativeCost[Int(rowIndex[k])] * value[k]
                }
            }
        }

        func deallocate() {
            for b in [value, valueD, w, wpd, step, grad, hdiag, xjnegSum, hessian,
                      xTd, expWTx, expWTxNew, tau, d, cost, negativeCost] { b.deallocate() }
            columnStart.deallocate()
            rowIndex.deallocate()
            consecutiveFrom.deallocate()
            unitValues.deallocate()
            rows.deallocate()
            index.deallocate()
        }

        /// liblinear's summed violation at w = 0, where every tau is cost / 2: a warm start's reference.
        func violationAtZero() -> Double {
            var reference = 0.0
            for j in 0..<width {
                var tmp = 0.0
                for k in columnStart[j]..<columnStart[j + 1] { tmp += value[k] * cost[Int(rowIndex[k])] * 0.5 }
                let g = -tmp + xjnegSum[j]
                reference += g + 1 < 0 ? -(g + 1) : (g - 1 > 0 ? g - 1 : 0)
            }
            return reference
        }

        /// exp(w·x) of every row from w itself (a warm start, and liblinear's reset after a failed line search).
        func recomputeExpWTx() {
            for i in 0..<n { expWTx[i] = 0 }
            for j in 0..<width where w[j] != 0 {
                for k in columnStart[j]..<columnStart[j + 1] { expWTx[Int(rowIndex[k])] += w[j] * value[k] }
            }
            for i in 0..<n { expWTx[i] = _exp(expWTx[i]) }
        }

        /// tau and D of the rows (all of them, or those with a positive cost, as liblinear after a step).
        func updateTauAndD(all: Bool) {
            for i in 0..<n where all || cost[i] > 0 {
                let tauTmp = 1 / (1 + expWTx[i])
                tau[i] = cost[i] * tauTmp
                d[i] = cost[i] * expWTx[i] * tauTmp * tauTmp
            }
        }

        /// Every feature's gradient and diagonal Hessian (plus `nu`) at w, as liblinear computes them at the
        /// top of a Newton iteration (for each feature it visits, which is every feature); dense, the full
        /// Hessian too; sparse, value · D of every entry for the coordinate steps.
        func derivatives(nu: Double) {
            guard dense else { return columnDerivatives(nu: nu) }
            switch width {
            case ...2: rowDerivatives(nu: nu, hessianRows: 2)
            case 3: rowDerivatives(nu: nu, hessianRows: 3)
            default: rowDerivatives(nu: nu, hessianRows: 4)
            }
        }

        /// One pass over the rows with a SIMD lane per feature. A column walk skips zero entries; adding a
        /// zero instead leaves each sum as it was (neither sum ever holds −0), and lanes sum independently,
        /// in row order, so every figure is the column walk's.
        @inline(__always)
        private func rowDerivatives(nu: Double, hessianRows: Int) {
            var hd = SIMD4<Double>(repeating: nu), xTau = SIMD4<Double>.zero
            var h0 = SIMD4<Double>.zero, h1 = SIMD4<Double>.zero, h2 = SIMD4<Double>.zero, h3 = SIMD4<Double>.zero
            for i in 0..<n {
                let x = rows[i], di = d[i]
                let nonzero = x .!= 0
                hd += SIMD4.zero.replacing(with: x * x * di, where: nonzero)
                xTau += SIMD4.zero.replacing(with: x * tau[i], where: nonzero)
                // Lane b of row a: x_a · D · x_b, the order of liblinear's products.
                h0 += x[0] * di * x
                h1 += x[1] * di * x
                if hessianRows > 2 { h2 += x[2] * di * x }
                if hessianRows > 3 { h3 += x[3] * di * x }
            }
            func h(_ a: Int) -> SIMD4<Double> { a == 0 ? h0 : a == 1 ? h1 : a == 2 ? h2 : h3 }
            for a in 0..<width {
                hdiag[a] = hd[a]
                grad[a] = -xTau[a] + xjnegSum[a]
                for b in a..<width {
                    hessian[a * width + b] = h(a)[b]
                    hessian[b * width + a] = h(a)[b]
                }
            }
        }

        private func columnDerivatives(nu: Double) {
            for j in 0..<width {
                var h = nu, tmp = 0.0
                let entries = columnStart[j]..<columnStart[j + 1], from = consecutiveFrom[j]
                if from >= 0 {
                    let offset = from - entries.lowerBound
                    for k in entries {
                        let v = value[k], dv = d[k + offset]
                        h += v * v * dv
                        tmp += v * tau[k + offset]
                        valueD[k] = v * dv
                    }
                } else {
                    for k in entries {
                        let v = value[k], i = Int(rowIndex[k]), dv = d[i]
                        h += v * v * dv
                        tmp += v * tau[i]
                        valueD[k] = v * dv
                    }
                }
                hdiag[j] = h
                grad[j] = -tmp + xjnegSum[j]
            }
        }

        /// `g` plus Σ value · D · xTd over feature j's entries: the quadratic model's gradient (sparse).
        @inline(__always)
        func addCurvature(column j: Int, to g: Double) -> Double {
            var g = g
            let first = columnStart[j], count = columnStart[j + 1] - first, from = consecutiveFrom[j]
            let vd = valueD.baseAddress! + first
            if from >= 0 {
                let x = xTd.baseAddress! + from
                for t in 0..<count { g += vd[t] * x[t] }
            } else {
                let rows = rowIndex.baseAddress! + first
                for t in 0..<count { g += vd[t] * xTd[Int(rows[t])] }
            }
            return g
        }

        /// xTd after feature j moves by z (sparse). value · z is z itself for unit values.
        @inline(__always)
        func move(column j: Int, by z: Double) {
            let first = columnStart[j], count = columnStart[j + 1] - first, from = consecutiveFrom[j]
            let v = value.baseAddress! + first
            if from >= 0 {
                let x = xTd.baseAddress! + from
                if unitValues[j] {
                    for t in 0..<count { x[t] += z }
                } else {
                    for t in 0..<count { x[t] += v[t] * z }
                }
            } else {
                let rows = rowIndex.baseAddress! + first
                if unitValues[j] {
                    for t in 0..<count { xTd[Int(rows[t])] += z }
                } else {
                    for t in 0..<count { xTd[Int(rows[t])] += v[t] * z }
                }
            }
        }

        /// xTd of every row from the round's step (dense); returns Σ negativeCost · xTd.
        func stepAlongRows() -> Double {
            switch width {
            case ...2: stepAlongRows(width: 2)
            case 3: stepAlongRows(width: 3)
            default: stepAlongRows(width: 4)
            }
        }

        /// `width` is a constant at each call, so the per-row sum unrolls (each row adds its products in
        /// feature order, from 0, as liblinear; padded features add a 0 · 0 that leaves the sum as it was).
        @inline(__always)
        private func stepAlongRows(width lanes: Int) -> Double {
            var s = SIMD4<Double>.zero
            for j in 0..<width { s[j] = step[j] }
            var negativeSum = 0.0
            for i in 0..<n {
                let products = rows[i] * s
                var sum = 0.0
                sum += products[0]
                sum += products[1]
                if lanes > 2 { sum += products[2] }
                if lanes > 3 { sum += products[3] }
                xTd[i] = sum
                negativeSum += negativeCost[i] * sum
            }
            return negativeSum
        }

        /// Σ negativeCost · xTd (sparse, where the coordinate steps kept xTd current).
        func negativeCostXTd() -> Double {
            var sum = 0.0
            for i in 0..<n { sum += negativeCost[i] * xTd[i] }
            return sum
        }
    }
}
