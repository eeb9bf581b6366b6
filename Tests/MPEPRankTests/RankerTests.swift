import Foundation
import Testing
import TestSupport
import MPEPContent
@testable import MPEPRank

@Suite("Ranker")
struct RankerTests {
    private func rankings(_ dir: TemporaryDirectory) throws -> Rankings {
        let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
        return try Ranker.rank(content)
    }

    @Test("a model's row holds AlpacaEval's head-to-head numbers against the reference")
    func headToHeadRow() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let entry = try #require(try rankings(dir).entry(model: "model-b", language: "nl"))
        // preferences 2, 1.5, 1.25 → model shares 1, 0.5, 0.25
        #expect(abs(entry.winRate - 175.0 / 3) < 1e-12)
        #expect(entry.nWins == 1 && entry.nDraws == 1 && entry.nWinsBase == 1 && entry.nTotal == 3)
        // lengths in code points: "Het antwoord is 4." (18), "Druppels op het dak" (19), 48 → mean 28.33
        #expect(entry.avgLength == 28)
        // Three prompts are far below the default minimum: shown, but not ranked.
        #expect(entry.provisional && entry.rank == nil)
    }

    @Test("the reference is never ranked against itself, and the primary judge's board is chosen")
    func referenceExcluded() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/annotations/judge-a/ref-model.jsonl", "{\"id\": \"p1\", \"preference\": 1.5}\n")
        dir.write("languages/nl/annotations/judge-b/model-b.jsonl", "{\"id\": \"p1\", \"preference\": 1}\n")
        let nl = try #require(try rankings(dir).language("nl"))
        #expect(nl.leaderboards.map(\.judge) == ["judge-a", "judge-b"])
        #expect(nl.primary?.judge == "judge-a")
        #expect(nl.primary?.entries.map(\.model) == ["model-b"])
    }

    @Test("without LC figures, models are ordered by win rate; equal ones share a rank and are ordered by id")
    func ranks() {
        func entry(_ model: String, _ rate: Double) -> LeaderboardEntry {
            LeaderboardEntry(model: model, winRate: rate, standardError: 0, nWins: 0, nWinsBase: 0, nDraws: 0,
                             nTotal: 1, discreteWinRate: 0, avgLength: 0)
        }
        let ranked = Ranker.assignRanks([entry("c", 40), entry("b", 60), entry("a", 40), entry("d", 10)])
        #expect(ranked.map(\.model) == ["b", "a", "c", "d"])
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
    }

    @Test("a language's reference override is used")
    func referenceOverride() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/language.yml", "name: Dutch\nnative_name: Nederlands\nstatus: active\nreference: model-b\n")
        let nl = try #require(try rankings(dir).language("nl"))
        #expect(nl.reference == "model-b")
        #expect(nl.primary?.entries.isEmpty == true)
    }
}
