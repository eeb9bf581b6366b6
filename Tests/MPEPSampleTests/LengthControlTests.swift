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
        #expect(bittern.controlled < bittern.raw - 5)  // seen: 45.5 → 36.2
        #expect(avocet.controlled < avocet.raw - 2)  // seen: 67.9 → 63.6
        #expect(dunlin.controlled > dunlin.raw + 1)  // seen: 40.2 → 42.9
        #expect(lapwing.controlled > lapwing.raw + 1)  // seen: 16.9 → 19.1
    }
}
