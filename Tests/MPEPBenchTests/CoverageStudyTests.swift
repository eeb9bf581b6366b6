import MPEPStats
import Testing
@testable import mpep_bench

/// The coverage study `mpep-bench coverage` prints: its generated data and truths are what they claim.
@Suite("Coverage study")
struct CoverageStudyTests {
    @Test("the generated data follow the scenario: the observed win rate of many prompts is its true win rate")
    func truths() {
        for scenario in CoverageStudy.scenarios {
            let (preferences, modelLengths, referenceLengths) = CoverageStudy.data(scenario, n: 20_000, replicate: 1)
            let observed = headToHead(preferences).winRate
            #expect(abs(observed - scenario.trueWinRate) < 1.5, "\(scenario.name): \(observed) vs \(scenario.trueWinRate)")
            #expect(preferences.allSatisfy { ($0 ?? 0) >= 1 && ($0 ?? 3) <= 2 })
            #expect(referenceLengths.allSatisfy { $0 == CoverageStudy.referenceLength } && modelLengths.allSatisfy { $0 >= 1 })
        }
    }

    @Test("the LC on many prompts lands on the true LC (the GLM is the generating model)")
    func lcTruth() {
        let scenario = CoverageStudy.scenarios[0]
        let (preferences, modelLengths, referenceLengths) = CoverageStudy.data(scenario, n: 3000, replicate: 2)
        let lc = lengthControlledWinRate(preferences: preferences, modelLengths: modelLengths,
                                         referenceLengths: referenceLengths)
        #expect(abs(lc.winRate - scenario.trueLC) < 3, "\(lc.winRate) vs \(scenario.trueLC)")
    }

    @Test("a data set's outcome is the same on every run (the table can be rerun anywhere)")
    func deterministic() {
        let study = CoverageStudy(rounds: 50)
        let scenario = CoverageStudy.scenarios[1]
        let a = study.outcome(scenario, n: 30, replicate: 4, trueWinRate: scenario.trueWinRate)
        #expect(a == study.outcome(scenario, n: 30, replicate: 4, trueWinRate: scenario.trueWinRate))
        let row = CoverageStudy.Row(n: 30, [a, a])
        #expect(row.dataSets == 2 && (row.winRateScore == 0 || row.winRateScore == 100))
    }
}
