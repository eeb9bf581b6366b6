import Foundation
import MPEPStats
import Testing
import TestSupport
@testable import MPEPSample

/// The shipped sample must read like a real leaderboard (docs/statistics.md, "Calibration of the
/// sample data"). Generated here from the shipped configuration (`Tests/Fixtures/shipped-sample`:
/// the translated prompts' ids) with the shipped seed, so `content/` itself is not read.
@Suite("The shipped sample's statistics")
struct ShippedCalibrationTests {
    /// The shipped configuration populated with the shipped seed, read into memory.
    static let shipped: (SampleWorld, [String: Data]) = {
        let tree = TemporaryDirectory("sample-shipped-calibration")
        let configuration = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/shipped-sample")
        for (path, data) in TreeReading.files(configuration) where path.hasSuffix("prompts.jsonl") {
            tree.write(path, String(decoding: data, as: UTF8.self))
        }
        let world = try! SampleContent.populate(contentRoot: tree.url, seed: SampleContent.shippedSeed)
        return (world, TreeReading.files(tree.url))
    }()

    /// Code-point lengths of one outputs file, in prompt order.
    static func lengths(_ data: Data) -> [Int] {
        TreeReading.lines(data).map { ($0!["output"] as! String).unicodeScalars.count }
    }

    @Test("at most 1 of the primary judge's (language, model) results gets a flat length-controlled fit")
    func flatFits() throws {
        let (world, files) = Self.shipped
        var flat: [String] = []
        var results = 0
        for entry in world.languages {
            let folder = "languages/\(entry.language.code)"
            let reference = Self.lengths(try #require(files["\(folder)/outputs/\(world.reference.id).jsonl"]))
            for model in world.models {
                let preferences = TreeReading.preferences(
                    try #require(files["\(folder)/annotations/\(SampleJudge.primaryID)/\(model.id).jsonl"]))
                let lc = lengthControlledWinRate(
                    preferences: preferences,
                    modelLengths: Self.lengths(try #require(files["\(folder)/outputs/\(model.id).jsonl"])),
                    referenceLengths: reference)
                // A flat fit: every weight, the constant included, penalised to zero (LC exactly 50).
                if lc.weights.allSatisfy({ $0 == 0 }) { flat.append("\(entry.language.code)/\(model.id)") }
                results += 1
            }
        }
        #expect(results == 40)
        // Real AlpacaEval 2 results cut to 60 prompts: 1 flat fit in 52 models. Uncalibrated: 10 in 40.
        #expect(flat.count <= 1, "flat fits: \(flat)")
    }

    @Test("every human-judged table has at least 30 prompts")
    func humanTables() {
        let (world, files) = Self.shipped
        var tables = 0
        for entry in world.languages where SampleJudge.human.covers(language: entry.language.code) {
            let path = "languages/\(entry.language.code)/annotations/\(SampleJudge.human.id)/\(world.models[0].id).jsonl"
            let rows = files[path].map { TreeReading.lines($0).count } ?? 0
            #expect(rows >= 30, "\(entry.language.code): \(rows) prompts")
            tables += 1
        }
        #expect(tables >= 2)
    }

    @Test("the primary judge is as decided as AlpacaEval 2's: most verdicts within 0.1 of 1 or 2")
    func decidedJudge() throws {
        let (_, files) = Self.shipped
        let verdicts = files.filter { $0.key.contains("/annotations/\(SampleJudge.primaryID)/") }
            .values.flatMap(TreeReading.preferences).compactMap { $0 }
        let sure = Double(verdicts.filter { $0 <= 1.1 || $0 >= 1.9 }.count) / Double(verdicts.count)
        // AlpacaEval 2's judge: 86–98% (median 92%) on the fixture's models; uncalibrated sample: 16%.
        #expect((0.8...0.98).contains(sure), "\(sure)")
    }
}
