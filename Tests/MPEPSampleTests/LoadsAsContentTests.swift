import Foundation
import MPEPContent
import MPEPRank
import Testing
import TestSupport
@testable import MPEPSample

@Suite("Sample data read by the load stage")
struct LoadsAsContentTests {
    @Test("a generated tree loads without errors or warnings, every file accounted for")
    func treeLoads() throws {
        let tree = TemporaryDirectory("sample-load")
        let world = try SampleTree.generate(SampleTreeSpec(languages: 4, models: 9, prompts: 12, judges: 4, seed: 8),
                                            into: tree.url)
        let result = ContentLoader(root: tree.url, displayRoot: "sample").load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(10))")
        let content = try #require(result.content)
        #expect(content.models.count == 10)
        #expect(content.judges.count == 4)
        #expect(content.languages.count == 4)
        #expect(content.sourcePrompts.count == 12)
        for language in content.languages {
            #expect(language.prompts.count == 12)
            #expect(language.files.outputs.count == world.models.count + 1)
        }
    }

    @Test("a tree populated around its translations loads without errors, with every model of the roster")
    func populatedLoads() throws {
        let full = TemporaryDirectory("sample-full")
        try SampleTree.generate(SampleTreeSpec(languages: 3, models: 3, prompts: 10, judges: 1, seed: 6), into: full.url)
        let tree = TemporaryDirectory("sample-populated")   // what a maintainer keeps: settings and translations
        for (path, data) in TreeReading.files(full.url)
        where ["site.yml", "prompts.jsonl"].contains(path) || path.hasSuffix("/language.yml") || path.hasSuffix("/prompts.jsonl") {
            tree.write(path, String(decoding: data, as: UTF8.self))
        }
        try SampleContent.populate(contentRoot: tree.url, seed: SampleContent.shippedSeed)
        let result = ContentLoader(root: tree.url, displayRoot: "content").load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.prefix(10))")
        let content = try #require(result.content)
        #expect(content.models.map(\.id).sorted() == ([SampleModel.reference] + SampleModel.roster).map(\.id).sorted())
    }

    @Test("the rank stage orders models with a wide true gap as the world does, in every language")
    func rankerRecoversTruth() throws {
        let tree = TemporaryDirectory("sample-rank")
        let world = try SampleTree.generate(SampleTreeSpec(languages: 3, models: 8, prompts: 300, judges: 1, seed: 99),
                                            into: tree.url)
        let content = try #require(ContentLoader(root: tree.url, displayRoot: "sample").load().content)
        let rankings = try Ranker.rank(content)
        var pairs = 0
        for entry in world.languages {
            let code = entry.language.code
            let board = try #require(rankings.language(code)?.primary)
            #expect(board.entries.count == 8)
            let position = Dictionary(uniqueKeysWithValues: board.entries.enumerated().map { ($1.model, $0) })
            for strong in world.models {
                for weak in world.models
                where world.trueWinRate(model: strong.id, language: code) - world.trueWinRate(model: weak.id, language: code) > 15 {
                    #expect(position[strong.id]! < position[weak.id]!, "\(code): \(strong.id) vs \(weak.id)")
                    pairs += 1
                }
            }
        }
        #expect(pairs >= 30)
    }
}
