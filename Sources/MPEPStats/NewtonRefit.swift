/// The length-controlled GLM refitted on a bootstrap resample by Newton steps that start from the
/// full-data fit: the one-step bootstrap of Moulton and Zeger ("Bootstrapping generalized linear
/// models", Computational Statistics & Data Analysis 11, 1991), carried one order further, with
/// liblinear's L1 penalty kept.
///
/// Refitting from scratch costs a liblinear solve per round and model (≈ 0.25 ms on 800 rows). Here
/// every counting row's derivatives at the full-data weights ŵ are computed once — gradient
/// (p − y)·x, Hessian p(1 − p)·x·xᵀ and third derivative p(1 − p)(1 − 2p)·x⊗x⊗x — and a round sums
/// those of its resampled rows (G, H, T: adds, no `exp`). Then:
/// 1. the first step minimises `C·(Gᵀδ + ½·δᵀHδ) + ‖ŵ + δ‖₁` exactly (`L1Quadratic`);
/// 2. the second is a Newton step from w₁ = ŵ + δ with the gradient and Hessian at w₁ taken from the
///    expansion around ŵ (G + Hδ + ½T[δ, δ] and H + T[δ]) instead of a pass over the rows.
/// One step alone leaves an error of order 1/n (up to 2.2 LC points on AlpacaEval 2's skewed models,
/// where the bootstrap spread is ±10); `BootstrapTests` measures both refits against liblinear solves.
/// `Bootstrap.Refit.newton(steps:)` takes further steps exactly (one `exp` per row and step) instead.
struct NewtonRefit {
    enum SecondStep: Sendable {
        /// No second step: the plain one-step bootstrap.
        case firstOnly
        /// From the third-order expansion around ŵ (no pass over the rows).
        case expanded
        /// This many exact Newton steps on the resampled rows.
        case exact(Int)
    }

    let width: Int
    let c: Double
    /// The full-data weights ŵ, in the design's column order (lanes beyond `width` 0).
    let weights: SIMD4<Double>
    let secondStep: SecondStep
    /// Per prompt position, `lanes` vectors of the counting row's derivatives at ŵ, unscaled: the
    /// gradient (width values), the Hessian's upper triangle, the third derivative's entries a ≤ b ≤ c,
    /// then 1 (so a sum counts the rows); all zero when the prompt's preference does not count.
    private let table: [SIMD8<Double>]
    private let lanes: Int
    /// Where the Hessian, the third derivative and the row count start in a table entry.
    private let hessianStart: Int, cubicStart: Int, countIndex: Int
    /// (a, b, c, entry) for every ordered triple: the packed entry of the third derivative's a, b, c.
    private let triples: [(Int, Int, Int, Int)]
    /// Per prompt position: the counting row's features (width values) and target in lane 3, or NaN there.
    private let rows: [SIMD4<Double>]
    /// Per prompt position: its features at equal lengths (length term 0).
    private let equalLength: [SIMD4<Double>]

    /// nil when the fit is undefined (no counting rows, or NaN weights).
    init?(design: LengthDesign, fit: LengthControlled, secondStep: SecondStep = .expanded) {
        guard fit.regularization.isFinite, fit.weights.count == design.width, design.width <= 3,
              fit.weights.allSatisfy(\.isFinite) else { return nil }
        let width = design.width
        self.width = width
        self.secondStep = secondStep
        c = fit.regularization
        var weights = SIMD4<Double>.zero
        for j in 0..<width { weights[j] = fit.weights[j] }
        self.weights = weights
        var packed: [[Int]: Int] = [:]   // sorted triple → position among the third-derivative entries
        for a in 0..<width { for b in a..<width { for c in b..<width { packed[[a, b, c]] = packed.count } } }
        hessianStart = width
        cubicStart = width + width * (width + 1) / 2
        countIndex = cubicStart + packed.count
        triples = (0..<width).flatMap { a in
            (0..<width).flatMap { b in (0..<width).map { c in (a, b, c, packed[[a, b, c].sorted()]!) } }
        }
        lanes = (countIndex + 1 + 7) / 8
        var table = [SIMD8<Double>](repeating: .zero, count: design.rows * lanes)
        var rows = [SIMD4<Double>](repeating: SIMD4(0, 0, 0, .nan), count: design.rows)
        for (k, row) in design.counting.enumerated() {
            var x = SIMD4<Double>(0, 0, 0, design.y[k])
            for j in 0..<width { x[j] = design.x[k * width + j] }
            rows[row] = x
            let z = (x * weights).sum()   // lane 3 holds the target, but weights[3] is 0
            let p = 1 / (1 + _exp(-z))
            var entry = [Double](repeating: 0, count: lanes * 8)
            var t = 0
            for a in 0..<width { entry[t] = (p - x[3]) * x[a]; t += 1 }
            for a in 0..<width { for b in a..<width { entry[t] = p * (1 - p) * x[a] * x[b]; t += 1 } }
            for a in 0..<width {
                for b in a..<width { for c in b..<width { entry[t] = p * (1 - p) * (1 - 2 * p) * x[a] * x[b] * x[c]; t += 1 } }
            }
            entry[t] = 1
            for l in 0..<lanes { table[row * lanes + l] = SIMD8(entry[(l * 8)..<(l * 8 + 8)]) }
        }
        self.table = table
        self.rows = rows
        equalLength = (0..<design.rows).map { i in
            var x = SIMD4<Double>.zero
            for j in 0..<width { x[j] = design.equalLengthFeatures[i * width + j] }
            return x
        }
    }

    /// 100 · the mean predicted preference at equal lengths over the resampled prompt positions, with
    /// the weights refitted on them; NaN when none of them counts, nil when the round needs a full refit
    /// (`RoundFit.untrusted`).
    func equalLengthWinRate(rows positions: UnsafeBufferPointer<Int>) -> Double? {
        guard let fit = weights(rows: positions) else { return .nan }
        guard case .weights(let w) = fit else { return nil }
        // Without a difficulty every prompt has the same features (0, 1): one prediction is the mean.
        guard width == 3 else { return 100 / (1 + _exp(-w[1])) }
        var sum = 0.0
        equalLength.withUnsafeBufferPointer { features in
            for i in positions { sum += 1 / (1 + _exp(-(features[i] * w).sum())) }
        }
        return 100 * sum / Double(positions.count)
    }

    /// A round's refit: the weights, or word that the expansion cannot be trusted this far from ŵ.
    enum RoundFit {
        case weights(SIMD4<Double>)
        case untrusted
    }

    /// The largest step (in the GLM's units, any weight) the third-order expansion is trusted with: at
    /// 0.5 the fixture models' intervals are within 0.03 points of full refits; at 1, 0.5 (`BootstrapTests`).
    static let expansionLimit = 0.5

    private static func largest(_ v: SIMD4<Double>) -> Double {
        v.replacing(with: -v, where: v .< 0).max()
    }

    /// The refitted weights on the resampled prompt positions `positions`, nil when none of them counts.
    func weights(rows positions: UnsafeBufferPointer<Int>) -> RoundFit? {
        // Local accumulators inside the closure: captured ones would round-trip through memory each row.
        let (s0, s1, s2) = table.withUnsafeBufferPointer { table in
            var a = SIMD8<Double>.zero, b = SIMD8<Double>.zero, c = SIMD8<Double>.zero
            switch lanes {
            case 1: for i in positions { a += table[i] }
            case 2: for i in positions { a += table[2 * i]; b += table[2 * i + 1] }
            default: for i in positions { a += table[3 * i]; b += table[3 * i + 1]; c += table[3 * i + 2] }
            }
            return (a, b, c)
        }
        func value(_ t: Int) -> Double { t < 8 ? s0[t] : (t < 16 ? s1[t - 8] : s2[t - 16]) }
        guard value(countIndex) > 0 else { return nil }
        var g = SIMD4<Double>.zero
        var h = (SIMD4<Double>.zero, SIMD4<Double>.zero, SIMD4<Double>.zero)
        var t = hessianStart
        for a in 0..<width {
            g[a] = value(a)
            for b in a..<width {
                Self.set(&h, a, b, value(t))
                Self.set(&h, b, a, value(t))
                t += 1
            }
        }
        let first = step(from: weights, gradient: g, hessian: h)
        switch secondStep {
        case .firstOnly:
            return .weights(first)
        case .expanded:
            // Gradient and Hessian at w₁ from the expansion around ŵ, with T[δ]_ab = Σ_c T_abc·δ_c.
            let delta = first - weights
            var td = (SIMD4<Double>.zero, SIMD4<Double>.zero, SIMD4<Double>.zero)
            for (a, b, c, k) in triples { Self.add(&td, a, b, value(cubicStart + k) * delta[c]) }
            let hd = SIMD4((h.0 * delta).sum(), (h.1 * delta).sum(), (h.2 * delta).sum(), 0)
            let tdd = SIMD4((td.0 * delta).sum(), (td.1 * delta).sum(), (td.2 * delta).sum(), 0)
            let second = step(from: first, gradient: g + hd + 0.5 * tdd,
                              hessian: (h.0 + td.0, h.1 + td.1, h.2 + td.2))
            // The expansion is only as good as its steps are small: a resample far from the full data
            // (a model with a handful of wins among a hundred prompts) moves the weights by whole units,
            // where two steps missed the refits by 9 LC points (BootstrapTests). Such a round is the
            // caller's to refit in full.
            guard Self.largest(delta) <= Self.expansionLimit,
                  Self.largest(second - first) <= Self.expansionLimit else { return .untrusted }
            return .weights(second)
        case .exact(let steps):
            var w = first
            for _ in 0..<steps { w = newtonStep(from: w, positions: positions) }
            return .weights(w)
        }
    }

    private static func set(_ m: inout (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>), _ a: Int, _ b: Int, _ v: Double) {
        switch a {
        case 0: m.0[b] = v
        case 1: m.1[b] = v
        default: m.2[b] = v
        }
    }

    private static func add(_ m: inout (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>), _ a: Int, _ b: Int, _ v: Double) {
        switch a {
        case 0: m.0[b] += v
        case 1: m.1[b] += v
        default: m.2[b] += v
        }
    }

    /// Minimises the penalised quadratic model around `w`, given the unscaled gradient and Hessian sums.
    private func step(from w: SIMD4<Double>, gradient: SIMD4<Double>,
                      hessian: (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>)) -> SIMD4<Double> {
        L1Quadratic(gradient: c * gradient, hessian: (c * hessian.0, c * hessian.1, c * hessian.2), center: w,
                    count: width).minimizer()
    }

    /// One proximal Newton step from `w` with the gradient and Hessian of the resampled rows at `w`.
    private func newtonStep(from w: SIMD4<Double>, positions: UnsafeBufferPointer<Int>) -> SIMD4<Double> {
        var g = SIMD4<Double>.zero, h0 = SIMD4<Double>.zero, h1 = SIMD4<Double>.zero, h2 = SIMD4<Double>.zero
        rows.withUnsafeBufferPointer { rows in
            for i in positions {
                var x = rows[i]
                let y = x[3]
                guard !y.isNaN else { continue }
                x[3] = 0
                let p = 1 / (1 + _exp(-(x * w).sum()))
                let curvature = p * (1 - p) * x
                g += (p - y) * x
                h0 += curvature[0] * x
                h1 += curvature[1] * x
                h2 += curvature[2] * x
            }
        }
        return step(from: w, gradient: g, hessian: (h0, h1, h2))
    }
}

/// argmin over v of gᵀ(v − w) + ½(v − w)ᵀH(v − w) + ‖v‖₁, for up to 3 weights, exactly.
///
/// The minimiser has some sign pattern s ∈ {−1, 0, 1}ⁿ; for a pattern, the weights it leaves nonzero
/// solve H_SS·v_S = (Hw − g)_S − s_S. Every pattern whose solution has its own signs is a candidate
/// and the best candidate is the minimiser (v = 0 is always one). When a pattern's H_SS is singular
/// (a feature that is 0 on every resampled row), cyclic coordinate descent answers instead. Fixed-size
/// vectors throughout: a bootstrap solves this twice per round and model, and heap arrays would cost
/// more than the arithmetic.
struct L1Quadratic {
    /// Lanes at and beyond `count` are 0.
    let gradient: SIMD4<Double>
    let hessian: (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>)
    let center: SIMD4<Double>
    let count: Int

    init(gradient: SIMD4<Double>, hessian: (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>), center: SIMD4<Double>,
         count: Int) {
        precondition(count >= 1 && count <= 3, "1 to 3 weights")
        self.gradient = gradient
        self.hessian = hessian
        self.center = center
        self.count = count
    }

    /// From arrays: `hessian` row-major, n × n.
    init(gradient: [Double], hessian: [Double], center: [Double]) {
        let n = center.count
        func vector(_ values: ArraySlice<Double>) -> SIMD4<Double> {
            var v = SIMD4<Double>.zero
            for (k, value) in values.enumerated() { v[k] = value }
            return v
        }
        let rows = (0..<3).map { r in r < n ? vector(hessian[(r * n)..<(r * n + n)]) : .zero }
        self.init(gradient: vector(gradient[...]), hessian: (rows[0], rows[1], rows[2]), center: vector(center[...]),
                  count: n)
    }

    private func row(_ r: Int) -> SIMD4<Double> {
        r == 0 ? hessian.0 : (r == 1 ? hessian.1 : hessian.2)
    }

    func objective(_ v: SIMD4<Double>) -> Double {
        let d = v - center
        let hd = SIMD4<Double>((row(0) * d).sum(), (row(1) * d).sum(), (row(2) * d).sum(), 0)
        return (gradient * d).sum() + 0.5 * (d * hd).sum() + v.replacing(with: -v, where: v .< 0).sum()
    }

    func minimizer() -> SIMD4<Double> {
        let n = count
        // Hw − g, the right-hand side before the penalty's signs.
        let target = SIMD4<Double>((row(0) * center).sum(), (row(1) * center).sum(), (row(2) * center).sum(), 0)
            - gradient
        var best = SIMD4<Double>.zero
        var bestValue = objective(best)
        let patterns = n == 1 ? 3 : (n == 2 ? 9 : 27)
        for code in 0..<patterns {
            var signs = SIMD4<Double>.zero
            var support = (0, 0, 0), k = 0
            var rest = code
            for j in 0..<n {
                signs[j] = Double(rest % 3) - 1   // digit 0 → −1, 1 → 0, 2 → +1
                rest /= 3
                if signs[j] != 0 {
                    if k == 0 { support.0 = j } else if k == 1 { support.1 = j } else { support.2 = j }
                    k += 1
                }
            }
            guard k > 0 else { continue }
            let rhs = target - signs
            var v = SIMD4<Double>.zero
            let (i, j, l) = support
            switch k {
            case 1:
                let a = row(i)[i]
                guard a > 0 else { return coordinateDescent() }
                v[i] = rhs[i] / a
            case 2:
                let a = row(i)[i], b = row(i)[j], c = row(j)[i], d = row(j)[j]
                let det = a * d - b * c
                guard a > 0, d > 0, abs(det) > 1e-12 * a * d else { return coordinateDescent() }
                v[i] = (d * rhs[i] - b * rhs[j]) / det
                v[j] = (a * rhs[j] - c * rhs[i]) / det
            default:
                let (r0, r1, r2) = (row(i), row(j), row(l))
                let m = (r0[i], r0[j], r0[l], r1[i], r1[j], r1[l], r2[i], r2[j], r2[l])
                let det = m.0 * (m.4 * m.8 - m.5 * m.7) - m.1 * (m.3 * m.8 - m.5 * m.6) + m.2 * (m.3 * m.7 - m.4 * m.6)
                guard m.0 > 0, m.4 > 0, m.8 > 0, abs(det) > 1e-12 * m.0 * m.4 * m.8 else { return coordinateDescent() }
                let (b0, b1, b2) = (rhs[i], rhs[j], rhs[l])
                v[i] = (b0 * (m.4 * m.8 - m.5 * m.7) - m.1 * (b1 * m.8 - m.5 * b2) + m.2 * (b1 * m.7 - m.4 * b2)) / det
                v[j] = (m.0 * (b1 * m.8 - m.5 * b2) - b0 * (m.3 * m.8 - m.5 * m.6) + m.2 * (m.3 * b2 - b1 * m.6)) / det
                v[l] = (m.0 * (m.4 * b2 - b1 * m.7) - m.1 * (m.3 * b2 - b1 * m.6) + b0 * (m.3 * m.7 - m.4 * m.6)) / det
            }
            var consistent = true
            for q in 0..<n where (v[q] > 0 ? 1.0 : (v[q] < 0 ? -1.0 : 0)) != signs[q] { consistent = false }
            guard consistent else { continue }
            let value = objective(v)
            if value < bestValue { best = v; bestValue = value }
        }
        return best
    }

    /// Cyclic coordinate descent with soft thresholding; a weight with no curvature stays where it is.
    func coordinateDescent() -> SIMD4<Double> {
        var v = center
        for _ in 0..<1000 {
            var largestMove = 0.0
            for j in 0..<count {
                let h = row(j), a = h[j]
                guard a > 0 else { continue }
                var b = gradient[j]
                for k in 0..<count where k != j { b += h[k] * (v[k] - center[k]) }
                let u = center[j] - b / a
                let next = u > 1 / a ? u - 1 / a : (u < -1 / a ? u + 1 / a : 0)
                largestMove = max(largestMove, abs(next - v[j]))
                v[j] = next
            }
            if largestMove <= 1e-13 * (1 + v.replacing(with: -v, where: v .< 0).max()) { break }
        }
        return v
    }
}
