import Testing
@testable import MPEPStats

@Suite("L1-penalised quadratic")
struct L1QuadraticTests {
    /// A random positive-definite problem of `n` weights.
    static func problem(_ rng: inout SplitMix64, n: Int, scale: Double) -> L1Quadratic {
        let a = (0..<(n * n)).map { _ in rng.nextGaussian() }
        var h = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                var sum = i == j ? 0.1 : 0
                for k in 0..<n { sum += a[k * n + i] * a[k * n + j] }
                h[i * n + j] = scale * sum
            }
        }
        return L1Quadratic(gradient: (0..<n).map { _ in scale * rng.nextGaussian() }, hessian: h,
                           center: (0..<n).map { _ in rng.nextGaussian() })
    }

    @Test("finds the minimiser coordinate descent converges to, zeros included", arguments: [2, 3])
    func matchesCoordinateDescent(n: Int) {
        var rng = SplitMix64(seed: UInt64(n))
        var zeros = 0
        for trial in 0..<500 {
            let q = Self.problem(&rng, n: n, scale: trial % 2 == 0 ? 0.5 : 20)
            let exact = q.minimizer(), iterated = q.coordinateDescent()
            zeros += (0..<n).filter { exact[$0] == 0 }.count
            #expect(q.objective(exact) <= q.objective(iterated) + 1e-9)
            for j in 0..<n { #expect(abs(exact[j] - iterated[j]) < 1e-6, "trial \(trial)") }
        }
        #expect(zeros > 50)   // the penalty sets weights to exactly 0 in many trials
    }
}
