import Foundation
import MPEPStats
import Testing
import TestSupport
@testable import MPEPSample

@Suite("Length bias in the sample world, seen through AlpacaEval's length control")
struct LengthControlTests {
    /// Raw and length-controlled win rates of `model` under the primary judge, all languages pooled.
    static func rates(_ model: String) -> (raw: Double, controlled: Double) {
        let (world, files) = SampleWorldTests.large
        var preferences: [Double?] = [], modelLengths: [Int] = [], referenceLengths: [Int] = []
        func lengths(_ path: String) -> [Int] {
            TreeReading.lines(files[path]!).map { ($0!["output"] as! String).unicodeScalars.count }
        }
        for entry in world.languages {
            let folder = "languages/\(entry.language.code)"
            preferences += TreeReading.preferences(files["\(folder)/annotations/sample-judge/\(model).jsonl"]!)
            modelLengths += lengths("\(folder)/outputs/\(model).jsonl")
            referenceLengths += lengths("\(folder)/outputs/sample-reference.jsonl")
        }
        let controlled = lengthControlledWinRate(
            preferences: preferences, modelLengths: modelLengths, referenceLengths: referenceLengths)
        return (TreeReading.winRate(preferences), controlled.winRate)
    }

    @Test("length control lowers verbose models and raises terse ones")
    func direction() {
        let bittern = Self.rates("sample-bittern-13b"), avocet = Self.rates("sample-avocet-32b")
        let dunlin = Self.rates("sample-dunlin-8b"), lapwing = Self.rates("sample-lapwing-1.5b")
        #expect(bittern.controlled < bittern.raw - 5)  // seen: 51.6 → 34.8
        #expect(avocet.controlled < avocet.raw - 2)  // seen: 73.1 → 67.3
        #expect(dunlin.controlled > dunlin.raw + 1)  // seen: 36.2 → 38.3
        // Lapwing is terse but also weak: near 10% the logistic's curvature takes back what the length
        // credit gives (the GLM's prediction at equal length is not the mean of its predictions).
        #expect(abs(lapwing.controlled - lapwing.raw) < 3)  // seen: 10.7 → 9.2
    }
}
