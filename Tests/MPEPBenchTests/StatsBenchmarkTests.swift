import MPEPStats
import Testing
@testable import mpep_bench

@Suite("Statistics benchmark")
struct StatsBenchmarkTests {
    /// A clock that advances one second per reading, so each timed step reads exactly 1.
    final class SteppingClock {
        var now = 0.0
        func read() -> Double { now += 1; return now }
    }

    @Test("times each step with the injected clock")
    func timesEachStep() {
        let prefs: [[Double?]] = [[1, 2, 1.5, 2, 1, 1.7], [2, 2, 1, 1.5, 2, 1.2]]
        let lengths = [[10, 50, 30, 80, 20, 40], [60, 15, 35, 45, 90, 25]]
        let reference = [30, 30, 40, 50, 20, 60]
        let clock = SteppingClock()
        let full = StatsBenchmark.run(preferences: prefs, modelLengths: lengths, referenceLengths: reference,
                                      bootstrap: Bootstrap(rounds: 20), now: clock.read)
        #expect(full == StatsBenchmark.Timing(headToHead: 1, lengthControlled: 1, difficulty: 1,
                                              bootstrapWinRate: 1, bootstrapLengthControlled: 1))
        #expect(full.total == 5)
        let light = StatsBenchmark.run(preferences: prefs, modelLengths: lengths, referenceLengths: reference,
                                       withDifficulty: false, bootstrap: nil, now: clock.read)
        #expect(light.total == 2)
    }

    @Test("reads a monotonic clock by default")
    func monotonic() {
        let a = StatsBenchmark.monotonicSeconds(), b = StatsBenchmark.monotonicSeconds()
        #expect(b >= a)
    }
}
