import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPStats
@testable import MPEPRank

/// The rank stage hands the right rows to the statistics and assembles what they return.
@Suite("Statistics in the rankings")
struct StatisticsWiringTests {
    /// A language with `models` models over `prompts` prompts; model k wins with probability rising in k.
    private func tree(models: Int = 4, prompts: Int = 40, extraJudge: Bool = false,
                      secondJudgeFlips: Bool = false) -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        ContentTrees.numbered(in: dir, prompts: prompts, category: { $0 % 2 == 0 ? "math" : "writing" },
                              referenceLength: { 50 + $0 })
        var rng = SplitMix64(seed: 11)
        for k in 0..<models {
            dir.write("models/m\(k).yml", "name: Model \(k)\n")
            var outputs = "", annotations = "", second = ""
            for i in 0..<prompts {
                outputs += "{\"id\": \"p\(i)\", \"output\": \"\(String(repeating: "o", count: 20 + 10 * k + i))\"}\n"
                let win = rng.nextUnit() < 0.2 + 0.2 * Double(k)
                annotations += "{\"id\": \"p\(i)\", \"preference\": \(win ? 2 : 1)}\n"
                let secondWin = secondJudgeFlips && i % 3 == 0 ? !win : win
                second += "{\"id\": \"p\(i)\", \"preference\": \(secondWin ? 2 : 1)}\n"
            }
            dir.write("languages/nl/outputs/m\(k).jsonl", outputs)
            dir.write("languages/nl/annotations/judge-a/m\(k).jsonl", annotations)
            if extraJudge { dir.write("languages/nl/annotations/judge-b/m\(k).jsonl", second) }
        }
        if extraJudge { dir.write("judges/judge-b.yml", "name: Judge B\nkind: human\npreference_kind: discrete\n") }
        return dir
    }

    private func rank(_ dir: TemporaryDirectory, rounds: Int = 200) throws -> (Content, Rankings) {
        let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
        var options = RankOptions(content.site)
        options.bootstrapRounds = rounds
        return (content, try Ranker.rank(content, options: options))
    }

    @Test("the shown LC is AlpacaEval's minimal GLM on the model's rows in file order")
    func lengthControlled() throws {
        let (content, rankings) = try rank(tree())
        let nl = try #require(content.language("nl")?.loaded)
        let rows = try #require(nl.annotations["judge-a"]?["m2"])
        let lengths = { (model: String) in
            Dictionary(uniqueKeysWithValues: (nl.outputs[model] ?? []).map { ($0.id, codePointLength($0.output)) })
        }
        let (model, reference) = (lengths("m2"), lengths("ref-model"))
        let expected = lengthControlledWinRate(preferences: rows.map(\.preference),
                                               modelLengths: rows.map { model[$0.id]! },
                                               referenceLengths: rows.map { reference[$0.id]! })
        let entry = try #require(rankings.entry(model: "m2", language: "nl"))
        #expect(entry.lcMinimalWinRate == expected.winRate)
        #expect(entry.lengthControlledWinRate == expected.winRate)
        #expect(entry.lcDifficultyWinRate != nil)
    }

    @Test("every model gets bootstrap intervals around its figures and a rank range containing its rank")
    func intervalsAndRanges() throws {
        let (_, rankings) = try rank(tree())
        let entries = try #require(rankings.language("nl")?.primary?.entries)
        #expect(entries.count == 4)
        for entry in entries {
            let (low, high) = (try #require(entry.ciLow), try #require(entry.ciHigh))
            #expect(low <= entry.winRate && entry.winRate <= high)
            let (rank, best, worst) = (try #require(entry.rank), try #require(entry.rankHigh), try #require(entry.rankLow))
            #expect(best <= rank && rank <= worst)
            #expect(!entry.provisional)
        }
        #expect(entries.map(\.model) == ["m3", "m2", "m1", "m0"])
    }

    @Test("the same seed gives the same intervals; the bootstrap can be switched off")
    func deterministicBootstrap() throws {
        let dir = tree()
        let (_, a) = try rank(dir)
        let (_, b) = try rank(dir)
        #expect(a == b)
        let (_, none) = try rank(dir, rounds: 0)
        let entry = try #require(none.language("nl")?.primary?.entries.first)
        #expect(entry.ciLow == nil && entry.rankHigh == entry.rank && entry.rankLow == entry.rank)
    }

    @Test("per-category results split the judged prompts by the source set's categories")
    func categories() throws {
        let (_, rankings) = try rank(tree())
        let board = try #require(rankings.language("nl")?.primary)
        #expect(Set(board.categories.map(\.category)) == ["math", "writing"])
        for entry in board.entries {
            let parts = board.categories.filter { $0.model == entry.model }
            #expect(parts.reduce(0) { $0 + $1.nTotal } == entry.nTotal)
        }
    }

    @Test("two judges with the same verdicts agree fully, and the pair is marked as involving people")
    func agreement() throws {
        let (_, rankings) = try rank(tree(extraJudge: true))
        let row = try #require(rankings.language("nl")?.agreement.first)
        #expect(row.judgeA == "judge-a" && row.judgeB == "judge-b")
        #expect(row.involvesHuman)
        #expect(row.rows == 160)
        #expect(row.percentAgreement == 100)
        #expect(row.cohensKappa == 1)
        #expect(row.spearmanRanking == 1)
        #expect(rankings.agreement.count == 1)
    }

    @Test("every judge's difficulty variant uses the language's difficulties, estimated from the primary judge")
    func languageDifficulties() throws {
        let dir = tree(extraJudge: true, secondJudgeFlips: true)
        let (content, rankings) = try rank(dir, rounds: 20)
        let boards = try #require(rankings.language("nl")?.leaderboards)
        #expect(boards.map(\.judge) == ["judge-a", "judge-b"])
        #expect(content.site.judge == "judge-a")
        #expect(!boards[0].difficulties.isEmpty)
        #expect(boards[1].difficulties == boards[0].difficulties)
        // judge-b's own verdicts would give other difficulties: the shared ones are not a coincidence.
        let language = try #require(content.languages.first)
        let records = try #require(language.loaded)
        let matrix = JudgeMatrix(language: language, records: records, judge: "judge-b", reference: "ref-model",
                                 lengths: OutputLengths(records))
        let own = Dictionary(uniqueKeysWithValues: zip(matrix.prompts, instructionDifficulty(
            preferences: matrix.preferences, modelLengths: matrix.modelLengths, referenceLengths: matrix.referenceLengths)))
        #expect(boards[1].difficulties.contains { own[$0.id] != $0.difficulty })
    }

    @Test("a model is never ranked overall on one language")
    func overallCoverage() {
        #expect(!Overall.isRanked(covered: 1, languages: 1))
        #expect(Overall.isRanked(covered: 2, languages: 4))
        #expect(!Overall.isRanked(covered: 2, languages: 5))
    }

    @Test("the overall list puts ranked models first, by mean score")
    func overallOrder() throws {
        func board(_ scores: [String: Double]) -> LanguageRanking {
            let entries = scores.map { model, score in
                var entry = LeaderboardEntry(model: model, winRate: 0, standardError: 0, nWins: 0, nWinsBase: 0, nDraws: 0,
                                             nTotal: 100, discreteWinRate: 0, avgLength: 0)
                entry.lengthControlledWinRate = score
                return entry
            }
            return LanguageRanking(code: "x", reference: "r", leaderboards: [JudgeLeaderboard(judge: "j", entries: entries)],
                                   primaryJudge: "j")
        }
        let overall = Overall.entries([board(["a": 60, "b": 40, "c": 90]), board(["a": 50, "b": 80])])
        #expect(overall.map(\.model) == ["b", "a", "c"])
        #expect(overall.map(\.rank) == [1, 2, nil])
        #expect(overall.map(\.score) == [60, 55, 90])
        // Equal means share a rank.
        let tied = Overall.entries([board(["a": 60, "b": 40]), board(["a": 50, "b": 70])])
        #expect(tied.map(\.rank) == [1, 1])
    }

    @Test("bootstrap seeds are stable across processes (not Swift's randomized Hasher)")
    func seeds() {
        let options = RankOptions(primaryJudge: "j", seed: 0)
        // FNV-1a 64 of "nl/j", computed independently (Python).
        #expect(options.seed(language: "nl", judge: "j") == 0x352e_e3ba_ce07_f5d6)
        #expect(options.seed(language: "nl", judge: "j") != options.seed(language: "ar", judge: "j"))
    }
}
