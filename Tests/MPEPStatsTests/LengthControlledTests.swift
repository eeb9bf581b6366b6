import Testing
import TestSupport
@testable import MPEPStats

@Suite("Length-controlled win rate")
struct LengthControlledTests {
    /// The brief asks for 0.01 points; replaying liblinear gives ~3e-13, so the test holds it to 1e-8.
    @Test("equals AlpacaEval's length_controlled_minimal and its chosen C for every fixture model")
    func matchesAlpacaEval() {
        #expect(AlpacaEvalFixture.models.count == 8)
        for m in AlpacaEvalFixture.models {
            let lc = lengthControlledWinRate(
                preferences: m.preferences, modelLengths: m.modelLengths, referenceLengths: m.referenceLengths)
            let expected = m.expectedDouble("lc_minimal_winrate")!
            let expectedError = m.expectedDouble("lc_minimal_standard_error")!
            print("LC \(m.suite)/\(m.name): \(lc.winRate) vs \(expected) (Δ \(lc.winRate - expected)), "
                + "se \(lc.standardError) vs \(expectedError), C \(lc.regularization), w \(lc.weights)")
            #expect(abs(lc.winRate - expected) <= 1e-8, "\(m.suite)/\(m.name)")
            #expect(abs(lc.standardError - expectedError) <= 1e-12, "\(m.suite)/\(m.name) standard error")
        }
    }

    @Test("replays scikit-learn's liblinear seeds for random_state=123")
    func seeds() {
        // numpy: [RandomState(123).randint(2**31 - 1) for _ in range(3)]
        #expect(Array(LengthDesign.seeds.prefix(3)) == [843_828_734, 914_636_141, 1_228_959_102])
        #expect(LengthDesign.seeds.last == 2_109_339_754)
    }

    @Test("gives 50 to a model judged against itself")
    func selfIsFifty() {
        let lengths = [10, 200, 35, 7]
        let lc = lengthControlledWinRate(
            preferences: [1.5, 1.5, 0, 1.5], modelLengths: lengths, referenceLengths: lengths)
        #expect(lc.winRate == 50)
        #expect(lc.standardError == 0)
    }

    @Test("stays finite on tiny, one-sided and equal-length data")
    func robust() {
        // One row: no fold has both training and held-out rows, so every C scores alike and the first
        // (strongest penalty) wins: no evidence, 50.
        let one = lengthControlledWinRate(preferences: [2], modelLengths: [10], referenceLengths: [12])
        #expect(one.winRate == 50)
        // Every row a model win (liblinear sees one class): close to, never above, 100.
        let wins = lengthControlledWinRate(preferences: [2, 2, 2, 2, 2, 2], modelLengths: [5, 9, 2, 7, 3, 8],
                                           referenceLengths: [4, 4, 4, 4, 4, 4])
        #expect(wins.winRate > 90 && wins.winRate <= 100)
        // Equal lengths everywhere: the length term is 0 (AlpacaEval would divide by a zero std).
        var rng = SplitMix64(seed: 8)
        let prefs: [Double?] = (0..<400).map { _ in rng.nextUnit() < 0.65 ? 2 : 1 }
        let raw = headToHead(prefs).winRate
        let flat = lengthControlledWinRate(preferences: prefs, modelLengths: Array(repeating: 7, count: 400),
                                           referenceLengths: Array(repeating: 7, count: 400))
        #expect(flat.weights[0] == 0)
        #expect(flat.winRate < raw && flat.winRate > raw - 0.5, "\(flat.winRate) vs raw \(raw)")   // barely shrunk
    }

    @Test("is NaN when no preference counts")
    func noRows() {
        let lc = lengthControlledWinRate(preferences: [nil, 7], modelLengths: [1, 2], referenceLengths: [2, 1])
        #expect(lc.winRate.isNaN)
    }
}

@Suite("Length-controlled win rate on generated data")
struct GeneratedLengthControlledTests {
    /// AlpacaEval's oracle (`oracle.py --batch DIR --folds modulo`) on `GeneratedAnnotations.all`:
    /// name → (win_rate, lc_minimal_winrate).
    /// Chosen C: 1e4, 21.5 and 1e4 (the last: every row a model win, so liblinear sees one class only).
    static let oracle: [String: (winRate: Double, lc: Double)] = [
        "gen-weighted": (46.21801303987155, 40.135193482872516),
        "gen-discrete": (70.0, 67.95060376165564),
        "gen-separable": (100.0, 99.99980702319343),
    ]

    @Test("equals the AlpacaEval oracle on generated annotations")
    func matchesOracle() throws {
        try GeneratedAnnotations.writeIfRequested()
        for set in GeneratedAnnotations.all {
            let h = headToHead(set.preferences)
            let lc = lengthControlledWinRate(
                preferences: set.preferences, modelLengths: set.modelLengths,
                referenceLengths: set.referenceLengths)
            print("generated \(set.name): win \(h.winRate) lc \(lc.winRate) C \(lc.regularization) w \(lc.weights)")
            let expected = try #require(Self.oracle[set.name], "no oracle figures for \(set.name)")
            #expect(abs(h.winRate - expected.winRate) <= 1e-9 * abs(expected.winRate), "\(set.name) win rate")
            #expect(abs(lc.winRate - expected.lc) <= 1e-8, "\(set.name) LC")
        }
    }
}
