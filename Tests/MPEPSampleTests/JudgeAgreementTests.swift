import Foundation
import MPEPStats
import Testing
@testable import MPEPSample

@Suite("Agreement between the sample judges")
struct JudgeAgreementTests {
    /// Pairs of preferences of two judges on the same (language, model, prompt), aligned by id.
    static func paired(_ first: String, _ second: String) -> ([Double?], [Double?]) {
        let (world, files) = SampleWorldTests.large
        var a: [Double?] = [], b: [Double?] = []
        for entry in world.languages {
            for model in world.models {
                func rows(_ judge: String) -> [String: Double?] {
                    let path = "languages/\(entry.language.code)/annotations/\(judge)/\(model.id).jsonl"
                    guard let data = files[path] else { return [:] }
                    return Dictionary(uniqueKeysWithValues: TreeReading.lines(data).map {
                        ($0!["id"] as! String, $0!["preference"] as? Double)
                    })
                }
                let left = rows(first), right = rows(second)
                for id in left.keys.sorted() where right[id] != nil {
                    a.append(left[id]!)
                    b.append(right[id]!)
                }
            }
        }
        return (a, b)
    }

    @Test("judges agree clearly more than chance but far from perfectly, humans included")
    func agreement() {
        let (primary, strict) = Self.paired("sample-judge", "sample-judge-strict")
        let llms = judgeAgreement(primary, strict)
        let (primaryOnHuman, human) = Self.paired("sample-judge", "sample-human")
        let people = judgeAgreement(primaryOnHuman, human)
        #expect(llms.rows > 5_000)
        #expect(people.rows > 500)
        #expect((0.4...0.85).contains(llms.cohensKappa))
        #expect((0.15...0.7).contains(people.cohensKappa))
        // Seen: 83.0% agreement, κ 0.67 (LLM/LLM: two decided judges sharing the length bias);
        // 55.9%, κ 0.28 (LLM/human). AlpacaEval reports about 65% for its judges against humans.
        #expect((70...90).contains(llms.percentAgreement))
        #expect((50...75).contains(people.percentAgreement))
    }
}
