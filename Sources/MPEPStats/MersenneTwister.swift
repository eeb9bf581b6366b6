/// The 32-bit Mersenne Twister (MT19937), kept only to replay scikit-learn's liblinear exactly.
///
/// AlpacaEval's GLM is fitted by liblinear, which visits coordinates in an order drawn from `std::mt19937`,
/// seeded from numpy's `RandomState(123)` (itself an MT19937). Reproducing that order reproduces where
/// liblinear stops, and so AlpacaEval's figures to many digits. mpep's own randomness uses `SplitMix64`.
struct MersenneTwister {
    private var state: [UInt32]
    private var index: Int

    init(seed: UInt32) {
        state = [UInt32](repeating: 0, count: 624)
        state[0] = seed
        for i in 1..<624 {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// A generator seeded with `seed`, ready to draw. Seeding and the first twist cost more than a small
    /// solve's draws, so the seeds of a scikit-learn C path come from a table made once.
    static func prepared(seed: UInt32) -> MersenneTwister {
        if let k = preparedSeeds.firstIndex(of: seed) { return preparedGenerators[k] }
        return MersenneTwister(seed: seed)
    }

    private static let preparedSeeds = scikitLearnSeeds(10)
    private static let preparedGenerators: [MersenneTwister] = preparedSeeds.map { seed in
        var generator = MersenneTwister(seed: seed)
        generator.twist()
        return generator
    }

    mutating func next() -> UInt32 {
        if index >= 624 { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private mutating func twist() {
        for i in 0..<624 {
            let y = (state[i] & 0x8000_0000) | (state[(i + 1) % 624] & 0x7FFF_FFFF)
            var v = state[(i + 397) % 624] ^ (y >> 1)
            if y & 1 != 0 { v ^= 0x9908_B0DF }
            state[i] = v
        }
        index = 0
    }

    /// scikit-learn's `bounded_rand_int`: a uniform integer in `0..<range` (Lemire's method, as in newrand.h).
    mutating func bounded(_ range: UInt32) -> UInt32 {
        var x = next()
        var m = UInt64(x) * UInt64(range)
        var l = UInt32(truncatingIfNeeded: m)
        if l < range {
            var t = 0 &- range
            if t >= range {
                t -= range
                if t >= range { t %= range }
            }
            while l < t {
                x = next()
                m = UInt64(x) * UInt64(range)
                l = UInt32(truncatingIfNeeded: m)
            }
        }
        return UInt32(m >> 32)
    }

    /// The seeds scikit-learn hands liblinear along one regularisation path with `random_state=123`:
    /// numpy's `RandomState(123).randint(2**31 - 1)`, drawn once per C (masked rejection sampling).
    static func scikitLearnSeeds(_ count: Int, randomState: UInt32 = 123) -> [UInt32] {
        var numpy = MersenneTwister(seed: randomState)
        var seeds: [UInt32] = []
        while seeds.count < count {
            let v = numpy.next() & 0x7FFF_FFFF
            if v <= 2_147_483_646 { seeds.append(v) }
        }
        return seeds
    }
}
