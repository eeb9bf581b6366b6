import MPEPStats

/// Named random streams: every draw in the sample world comes from a `SplitMix64` keyed by
/// the seed and the ids it concerns (`"outputs"`, language, model, …).
///
/// Keying by ids rather than by position keeps a model's outputs the same when another model
/// or language is added, and lets languages be generated in parallel with identical bytes.
enum SampleRandom {
    /// A generator for the stream named by `keys` under `seed`.
    static func stream(_ seed: UInt64, _ keys: String...) -> SplitMix64 {
        stream(seed, keys)
    }

    static func stream(_ seed: UInt64, _ keys: [String]) -> SplitMix64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a offset basis
        for key in keys {
            for byte in key.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3  // separator: ("ab","c") ≠ ("a","bc")
        }
        return SplitMix64(seed: seed).split(hash)
    }

    /// One uniform draw in `[0, 1)` for the stream named by `keys`.
    static func unit(_ seed: UInt64, _ keys: String...) -> Double {
        var rng = stream(seed, keys)
        return rng.nextUnit()
    }

    /// One standard normal draw for the stream named by `keys`.
    static func gaussian(_ seed: UInt64, _ keys: String...) -> Double {
        var rng = stream(seed, keys)
        return rng.nextGaussian()
    }
}

extension SplitMix64 {
    /// A uniform pick from a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[next(upperBound: items.count)]
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        nextUnit() < p
    }
}
