import Foundation
import Testing
import TestSupport
@testable import MPEPStats

@Suite("Instruction difficulty and the difficulty GLM")
struct InstructionDifficultyTests {
    /// A stand-in difficulty that is cheap to compute in a debug build: logit of the mean model share per
    /// prompt over four AlpacaEval 2.0 models, clipped to [0.01, 0.99].
    static func logitDifficulty(_ models: [AlpacaEvalModel]) -> [Double] {
        (0..<models[0].preferences.count).map { i in
            let shares = models.compactMap { Preference.modelShare($0.preferences[i]) }
            let mean = min(max(shares.reduce(0, +) / Double(shares.count), 0.01), 0.99)
            return log(mean / (1 - mean))
        }
    }

    /// AlpacaEval's oracle (`oracle.py ANNOTATIONS --folds modulo --difficulty FILE`) with that difficulty:
    /// lc_difficulty_winrate and lc_difficulty_standard_error.
    /// (The file is written by this test under `MPEP_STATS_GENERATED_DIR` when that variable is set.)
    static let oracle: [String: (lc: Double, se: Double)] = [
        "NullModel": (81.07465222506659, 1.5480549771328869),
        "alpaca-7b": (14.031923627196916, 0.5180206361081746),
        "claude-2.1": (18.444024055681325, 2.1721847203327407),
        "gpt-3.5-turbo-1106": (12.314702351348714, 2.0745916463004046),
    ]

    @Test("equals AlpacaEval's length_controlled_noreg for a given difficulty")
    func matchesOracle() throws {
        let names = ["NullModel", "alpaca-7b", "claude-2.1", "gpt-3.5-turbo-1106"]
        let models = try names.map { try #require(AlpacaEvalFixture.model("ae2", $0)) }
        let difficulty = Self.logitDifficulty(models)
        if let dir = ProcessInfo.processInfo.environment["MPEP_STATS_GENERATED_DIR"] {
            try JSONSerialization.data(withJSONObject: difficulty)
                .write(to: URL(fileURLWithPath: dir).appendingPathComponent("logit-difficulty.json"))
        }
        for m in models {
            let lc = lengthControlledWinRate(preferences: m.preferences, modelLengths: m.modelLengths,
                                             referenceLengths: m.referenceLengths, difficulty: difficulty)
            print("LC difficulty \(m.name): \(lc.winRate) se \(lc.standardError) C \(lc.regularization) w \(lc.weights)")
            let expected = try #require(Self.oracle[m.name], "no oracle figures for \(m.name)")
            #expect(abs(lc.winRate - expected.lc) <= 1e-8, "\(m.name)")
            #expect(abs(lc.standardError - expected.se) <= 1e-8, "\(m.name) standard error")
        }
    }

    @Test("recovers known prompt difficulties from several models' judgments")
    func recoversDifficulty() {
        // 5 models of different quality judged on 80 prompts whose true effects are known.
        var rng = SplitMix64(seed: 21)
        let prompts = 80
        let truth = (0..<prompts).map { _ in 1.5 * rng.nextGaussian() }
        let quality = [-1.0, -0.3, 0.0, 0.4, 1.0]
        let referenceLengths = (0..<prompts).map { _ in 300 + rng.next(upperBound: 900) }
        var preferences: [[Double?]] = []
        var modelLengths: [[Int]] = []
        for q in quality {
            var prefs: [Double?] = []
            var lengths: [Int] = []
            for i in 0..<prompts {
                let length = 100 + rng.next(upperBound: 1500)
                let z = q + truth[i] + 0.5 * Double(length - referenceLengths[i]) / 700
                prefs.append(1 + 1 / (1 + exp(-z)))
                lengths.append(length)
            }
            preferences.append(prefs)
            modelLengths.append(lengths)
        }
        let estimated = instructionDifficulty(
            preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths)
        #expect(estimated.count == prompts)
        #expect(estimated[0] == 0)   // the reference level of the prompt terms
        // Compared relative to prompt 0, as the fit identifies them.
        let relative = truth.map { $0 - truth[0] }
        let rho = spearman(estimated, relative)
        print("difficulty recovery: Spearman \(rho)")
        #expect(rho > 0.9)
        #expect(estimated == instructionDifficulty(
            preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths))
    }

    @Test("gives the same difficulties when a caller runs the folds itself, in any order")
    func stepwise() {
        var rng = SplitMix64(seed: 5)
        let prompts = 30
        let referenceLengths = (0..<prompts).map { _ in 200 + rng.next(upperBound: 600) }
        let modelLengths = (0..<3).map { _ in (0..<prompts).map { _ in 100 + rng.next(upperBound: 900) } }
        let preferences: [[Double?]] = (0..<3).map { _ in (0..<prompts).map { _ in 1 + rng.nextUnit() } }
        let fit = InstructionDifficultyFit(
            preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths)
        let backwards = (0..<fit.folds).reversed().map { fit.fold($0) }
        #expect(fit.difficulties(backwards.reversed()) == instructionDifficulty(
            preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths))
    }
}
