import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPStats
@testable import MPEPRank

/// What a leaderboard may rank and average: only estimates, and only on enough prompts.
@Suite("Figures that are not estimates")
struct HonestFiguresTests {
    private func entry(_ model: String, winRate: Double, lc: Double?, flat: Bool = false, n: Int = 100,
                       provisional: Bool = false) -> LeaderboardEntry {
        var entry = LeaderboardEntry(model: model, winRate: winRate, standardError: 1, nWins: 0, nWinsBase: 0, nDraws: 0,
                                     nTotal: n, discreteWinRate: winRate, avgLength: 100)
        entry.lengthControlledWinRate = lc
        entry.lcFlatFit = flat
        entry.provisional = provisional
        entry.ciLow = winRate - 5
        entry.ciHigh = winRate + 5
        if let lc, !flat {
            entry.lcCILow = lc - 5
            entry.lcCIHigh = lc + 5
        }
        return entry
    }

    @Test("a table whose rows all have an LC estimate is ranked by the LC, with ranges from its intervals")
    func rankedByLC() {
        let ranked = Ranker.assignRanks([entry("a", winRate: 70, lc: 40), entry("b", winRate: 30, lc: 60)])
        #expect(ranked.map(\.model) == ["b", "a"])
        #expect(ranked.map(\.rank) == [1, 2])
        #expect(ranked.allSatisfy { $0.rankFigure == .lengthControlled })
        #expect(ranked.map(\.rankHigh) == [1, 2] && ranked.map(\.rankLow) == [1, 2])
    }

    @Test("one flat LC fit ranks the whole table by win rate; the flat row keeps AlpacaEval's 50, flagged")
    func flatFitRanksByWinRate() {
        let ranked = Ranker.assignRanks([
            entry("a", winRate: 70, lc: 40), entry("b", winRate: 30, lc: 60), entry("c", winRate: 45, lc: 50, flat: true),
        ])
        #expect(ranked.map(\.model) == ["a", "c", "b"])
        #expect(ranked.map(\.rank) == [1, 2, 3])
        #expect(ranked.allSatisfy { $0.rankFigure == .winRate })
        let flat = ranked[1]
        #expect(flat.lengthControlledWinRate == 50 && flat.lcFlatFit)
        #expect(flat.estimatedLC == nil && flat.estimatedLCInterval == nil)
        // The ranges come from the win-rate intervals (±5 around 70, 45, 30): all three apart.
        #expect(ranked.map(\.rankHigh) == [1, 2, 3] && ranked.map(\.rankLow) == [1, 2, 3])
    }

    @Test("a provisional row is listed after the ranked ones with no rank and does not widen their ranges")
    func provisionalNotRanked() {
        let ranked = Ranker.assignRanks([
            entry("a", winRate: 50, lc: 50), entry("b", winRate: 62, lc: 62),
            entry("tiny", winRate: 90, lc: 95, n: 8, provisional: true),
        ])
        #expect(ranked.map(\.model) == ["b", "a", "tiny"])
        #expect(ranked.map(\.rank) == [1, 2, nil])
        #expect(ranked[2].rankHigh == nil && ranked[2].rankLow == nil)
        #expect(ranked[0].rankLow == 1)
    }

    @Test("a provisional row's missing LC estimate does not switch the ranked rows to win rate")
    func provisionalFlatIgnored() {
        let ranked = Ranker.assignRanks([
            entry("a", winRate: 70, lc: 40), entry("tiny", winRate: 50, lc: 50, flat: true, n: 8, provisional: true),
        ])
        #expect(ranked[0].rankFigure == .lengthControlled)
    }

    @Test("Overall averages LC estimates only: flat fits and provisional rows are left out")
    func overallLeavesOutNonEstimates() throws {
        func language(_ code: String, _ entries: [LeaderboardEntry]) -> LanguageRanking {
            LanguageRanking(code: code, reference: "r", leaderboards: [JudgeLeaderboard(judge: "j", entries: entries)],
                            primaryJudge: "j")
        }
        let overall = Overall.entries([
            language("ar", [entry("a", winRate: 45, lc: 50, flat: true), entry("b", winRate: 60, lc: 70)]),
            language("de", [entry("a", winRate: 40, lc: 42), entry("b", winRate: 60, lc: 66, n: 9, provisional: true)]),
            language("nl", [entry("a", winRate: 40, lc: 44), entry("b", winRate: 60, lc: 62)]),
        ])
        let a = try #require(overall.first { $0.model == "a" })
        let b = try #require(overall.first { $0.model == "b" })
        #expect(a.score == 43 && a.covered == 2)
        #expect(b.score == 66 && b.covered == 2)
    }

    @Test("a flat fit is one whose weights are all zero")
    func flatMeansAllZero() {
        #expect(LengthControlled(winRate: 50, standardError: 0, regularization: 1e-4, weights: [0, 0]).isFlat)
        #expect(!LengthControlled(winRate: 55, standardError: 0, regularization: 1, weights: [0, 0.2]).isFlat)
        #expect(!LengthControlled(winRate: .nan, standardError: .nan, regularization: .nan, weights: []).isFlat)
    }
}

/// The rank stage end to end on a small tree: n, provisional rows, the LC's bootstrap standard error.
@Suite("Sample size and standard errors in the rankings")
struct SampleSizeWiringTests {
    /// One language with `prompts` prompts and three models of rising strength and length.
    private func tree(prompts: Int) -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        ContentTrees.numbered(in: dir, prompts: prompts, referenceLength: { 200 + 7 * $0 })
        var rng = SplitMix64(seed: 3)
        for k in 0..<3 {
            dir.write("models/m\(k).yml", "name: Model \(k)\n")
            var outputs = "", annotations = ""
            for i in 0..<prompts {
                let length = 100 + 60 * k + Int(rng.nextUnit() * 250)
                outputs += "{\"id\": \"p\(i)\", \"output\": \"\(String(repeating: "o", count: length))\"}\n"
                let p = 1 / (1 + exp(-(Double(k) - 1 + Double(length - 200 - 7 * i) / 150)))
                annotations += "{\"id\": \"p\(i)\", \"preference\": \(rng.nextUnit() < p ? 2 : 1)}\n"
            }
            dir.write("languages/nl/outputs/m\(k).jsonl", outputs)
            dir.write("languages/nl/annotations/judge-a/m\(k).jsonl", annotations)
        }
        return dir
    }

    private func board(prompts: Int, minimum: Int) throws -> [LeaderboardEntry] {
        let dir = tree(prompts: prompts)   // kept alive until the content is loaded
        let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
        var options = RankOptions(content.site)
        options.bootstrapRounds = 200
        options.minimumPrompts = minimum
        return try #require(Ranker.rank(content, options: options).language("nl")?.primary?.entries)
    }

    @Test("rows on fewer prompts than the minimum are provisional and unranked; at the minimum they are ranked")
    func minimumPrompts() throws {
        let below = try board(prompts: 40, minimum: 41)
        #expect(below.allSatisfy { $0.provisional && $0.rank == nil && $0.nTotal == 40 })
        let at = try board(prompts: 40, minimum: 40)
        #expect(at.allSatisfy { !$0.provisional && $0.rank != nil })
    }

    @Test("lc_standard_error is the bootstrap spread of the LC: positive wherever its interval has width")
    func lcStandardErrorIsBootstrap() throws {
        let entries = try board(prompts: 80, minimum: 30)
        #expect(entries.contains { $0.estimatedLCInterval != nil })
        for entry in entries {
            if let interval = entry.estimatedLCInterval, interval.high > interval.low {
                let se = try #require(entry.lcStandardError)
                // A 95% interval is about four standard errors wide; AlpacaEval's value would be ~1e-15.
                #expect(se > 0.1 && se > (interval.high - interval.low) / 8 && se < (interval.high - interval.low) / 2)
            }
            #expect(entry.standardError > 0)
            let (low, high) = (try #require(entry.ciLow), try #require(entry.ciHigh))
            #expect(low < entry.winRate && entry.winRate < high)
        }
    }

    @Test("a flat fit's row has no LC interval or standard error, only AlpacaEval's value and the flag")
    func flatRowHasNoInterval() throws {
        let entries = try board(prompts: 12, minimum: 1)
        #expect(entries.contains { $0.lcFlatFit }, "the tree is meant to give a flat fit on 12 prompts")
        for entry in entries where entry.lcFlatFit {
            #expect(entry.lengthControlledWinRate == 50)
            #expect(entry.lcCILow == nil && entry.lcCIHigh == nil && entry.lcStandardError == nil)
        }
        #expect(entries.allSatisfy { $0.rankFigure == (entries.contains { $0.lcFlatFit } ? .winRate : .lengthControlled) })
    }
}
