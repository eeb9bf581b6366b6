import MPEPStats

/// Times the rank stage's mathematics on one language, so the benchmark can report what the statistics cost.
///
///     let t = StatsBenchmark.run(preferences: prefs, modelLengths: lengths, referenceLengths: ref)
///     print(t.total)   // seconds
enum StatsBenchmark {
    /// Seconds spent in each step, for all models of the language together.
    struct Timing: Sendable, Equatable, Codable {
        var headToHead: Double
        var lengthControlled: Double
        var difficulty: Double
        var bootstrapWinRate: Double
        var bootstrapLengthControlled: Double
        var total: Double { headToHead + lengthControlled + difficulty + bootstrapWinRate + bootstrapLengthControlled }
    }

    /// Runs head-to-head and LC (minimal) for every model, the joint difficulty fit when `withDifficulty`,
    /// and the paired bootstraps with `bootstrap` (skipped when nil), the LC's refitting from the LC fits
    /// as the rank stage does. Inputs as in
    /// `Bootstrap.lengthControlledIntervals`. `now` reads a monotonic clock in seconds (injected for tests).
    static func run(
        preferences: [[Double?]], modelLengths: [[Int]], referenceLengths: [Int], withDifficulty: Bool = true,
        bootstrap: Bootstrap? = Bootstrap(), now: () -> Double = StatsBenchmark.monotonicSeconds
    ) -> Timing {
        var timing = Timing(headToHead: 0, lengthControlled: 0, difficulty: 0, bootstrapWinRate: 0,
                            bootstrapLengthControlled: 0)
        func time(_ body: () -> Void) -> Double {
            let start = now()
            body()
            return now() - start
        }
        var sink = 0.0   // keeps the optimiser from dropping the work
        timing.headToHead = time { for p in preferences { sink += headToHead(p).winRate } }
        var fits: [LengthControlled] = []
        timing.lengthControlled = time {
            fits = preferences.indices.map { m in
                lengthControlledWinRate(preferences: preferences[m], modelLengths: modelLengths[m],
                                        referenceLengths: referenceLengths)
            }
        }
        sink += fits.first?.winRate ?? 0
        if withDifficulty {
            timing.difficulty = time {
                sink += instructionDifficulty(preferences: preferences, modelLengths: modelLengths,
                                              referenceLengths: referenceLengths).reduce(0, +)
            }
        }
        if let bootstrap {
            timing.bootstrapWinRate = time { sink += bootstrap.winRateIntervals(preferences).first?.low ?? 0 }
            timing.bootstrapLengthControlled = time {
                sink += bootstrap.lengthControlledIntervals(
                    preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths,
                    fits: fits
                ).first?.low ?? 0
            }
        }
        if sink.isNaN && sink.isFinite { print(sink) }   // never true; the read keeps `sink` alive
        return timing
    }

    /// Seconds on the process's monotonic clock (Swift's `ContinuousClock`), for `run`'s default.
    static func monotonicSeconds() -> Double {
        let elapsed = ContinuousClock.now - origin
        let (seconds, attoseconds) = elapsed.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    private static let origin = ContinuousClock.now
}
