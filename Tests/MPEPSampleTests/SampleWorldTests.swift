import Foundation
import Testing
import TestSupport
@testable import MPEPSample

@Suite("The sample world's judgments")
struct SampleWorldTests {
    /// One large tree shared by the statistical specifications below, read into memory (the
    /// folder itself is removed at once).
    static let large: (SampleWorld, [String: Data]) = {
        let tree = TemporaryDirectory("sample-large")
        let world = try! SampleTree.generate(
            SampleTreeSpec(languages: 4, models: 8, prompts: 400, judges: 3, seed: 2024), into: tree.url)
        return (world, TreeReading.files(tree.url))
    }()

    /// The judged win rate of `model` over all languages, computed from the written files.
    static func judged(_ model: String, by judge: String) -> Double {
        let (world, files) = large
        let preferences = world.languages.flatMap { entry in
            files["languages/\(entry.language.code)/annotations/\(judge)/\(model).jsonl"]
                .map(TreeReading.preferences) ?? []
        }
        return TreeReading.winRate(preferences)
    }

    static func truth(_ model: String) -> Double {
        let world = large.0
        return world.languages.map { world.trueWinRate(model: model, language: $0.language.code) }
            .reduce(0, +) / Double(world.languages.count)
    }

    @Test("judged win rates follow the true order wherever the true gap is wide")
    func recoversOrder() {
        let models = Self.large.0.models.map(\.id)
        var checked = 0
        for strong in models {
            for weak in models where Self.truth(strong) - Self.truth(weak) > 12 {
                #expect(Self.judged(strong, by: "sample-judge") > Self.judged(weak, by: "sample-judge"),
                        "\(strong) (true \(Self.truth(strong))) vs \(weak) (true \(Self.truth(weak)))")
                #expect(Self.judged(strong, by: "sample-judge-strict") > Self.judged(weak, by: "sample-judge-strict"))
                checked += 1
            }
        }
        #expect(checked >= 15)
        // The strongest and the weakest named models are far apart on both scales.
        #expect(Self.judged("sample-curlew-70b", by: "sample-judge") > 65)
        #expect(Self.judged("sample-lapwing-1.5b", by: "sample-judge") < 30)
        #expect(Self.truth("sample-curlew-70b") > Self.truth("sample-godwit-34b"))
    }

    @Test("a length-biased judge flatters the verbose Avocet above the truly stronger Godwit")
    func lengthBias() {
        #expect(Self.truth("sample-godwit-34b") > Self.truth("sample-avocet-32b"))
        #expect(Self.judged("sample-avocet-32b", by: "sample-judge") > Self.judged("sample-godwit-34b", by: "sample-judge") + 2)
    }

    @Test("the primary judge is weighted with a few nulls in a thousand; the strict judge says 1, 1.5 or 2, with few draws")
    func preferenceKinds() {
        let (world, files) = Self.large
        func all(_ judge: String) -> [Double?] {
            files.filter { $0.key.contains("/annotations/\(judge)/") }.values.flatMap(TreeReading.preferences)
        }
        let weighted = all("sample-judge")
        let nulls = Double(weighted.filter { $0 == nil }.count) / Double(weighted.count)
        #expect((0.001...0.01).contains(nulls), "null share \(nulls)")
        // A decided judge: many verdicts round to 1 or 2 at the four decimals written, yet most are fractions.
        #expect(weighted.compactMap { $0 }.filter { $0 != 1 && $0 != 2 && $0 != 1.5 }.count > weighted.count * 2 / 5)
        let strict = all("sample-judge-strict").compactMap { $0 }
        #expect(Set(strict) == [1, 1.5, 2])
        let draws = Double(strict.filter { $0 == 1.5 }.count) / Double(strict.count)
        // AlpacaEval 1's discrete judge: 2.0–2.8% draws.
        #expect((0.01...0.06).contains(draws), "draw share \(draws)")
        #expect(world.judges.map(\.id) == ["sample-judge", "sample-judge-strict", "sample-human"])
    }

    @Test("human annotators cover four fifths of the prompts in about half of the languages, chosen by code")
    func humanCoverage() {
        let (world, files) = Self.large
        #expect(world.languages.map(\.language.code) == ["nl", "ru", "ar", "zh"])
        let covered = ["ru", "ar"]
        #expect(covered.allSatisfy(SampleJudge.human.covers(language:)))
        for entry in world.languages {
            let file = files["languages/\(entry.language.code)/annotations/sample-human/sample-heron-7b.jsonl"]
            if covered.contains(entry.language.code) {
                let share = Double(TreeReading.lines(file ?? Data()).count) / Double(entry.prompts.count)
                #expect((0.7...0.9).contains(share), "\(entry.language.code): \(share)")
            } else {
                #expect(file == nil, "\(entry.language.code) has human annotations")
            }
        }
    }

    @Test("the true win rate is a mean of logistic chances, 50 for the reference")
    func trueWinRate() {
        let world = SampleWorld(
            seed: 1, models: SampleModel.roster, judges: [.primary],
            languages: [.init(SampleLanguage.named("nl"), prompts: [.init(id: "a"), .init(id: "b")])])
        let heron = SampleModel.roster[3]
        let shift = heron.strength + world.languageEffect(model: heron.id, language: "nl")
        let expected = 50 * (logistic(shift - world.difficulty(prompt: "a")) + logistic(shift - world.difficulty(prompt: "b")))
        #expect(abs(world.trueWinRate(model: heron.id, language: "nl") - expected) < 1e-12)
        #expect(world.trueWinRate(model: "sample-reference", language: "nl") == 50)
        #expect(abs(world.languageEffect(model: heron.id, language: "nl")) < 4 * SampleWorld.languageEffectSD)
    }
}
