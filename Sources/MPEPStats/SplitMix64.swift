/// A small, seeded pseudo-random generator with the same output on every platform.
///
/// Bootstrap intervals and the sample generator must give identical bytes run after run
/// and machine after machine, so mpep never uses the system generator.
/// The algorithm is Steele, Lea and Flood's SplitMix64 (the seeder of xoshiro).
///
///     var rng = SplitMix64(seed: 42)
///     let i = rng.next(upperBound: 10)   // 0..<10
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<upperBound`, without modulo bias (Lemire's method).
    public mutating func next(upperBound: Int) -> Int {
        precondition(upperBound > 0, "upperBound must be positive")
        let bound = UInt64(upperBound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal draw (Box–Muller; one of the pair is discarded to keep the state simple).
    public mutating func nextGaussian() -> Double {
        var u = nextUnit()
        while u <= 0 { u = nextUnit() }
        let v = nextUnit()
        return (-2 * _log(u)).squareRoot() * _cos(2 * Double.pi * v)
    }

    /// A child generator for stream `index`, so parallel work stays deterministic.
    public func split(_ index: UInt64) -> SplitMix64 {
        var copy = SplitMix64(seed: state ^ (index &* 0xD1B5_4A32_D192_ED03))
        _ = copy.next()
        return copy
    }
}
