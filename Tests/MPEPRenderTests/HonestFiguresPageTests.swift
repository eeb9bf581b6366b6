import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPRank
@testable import MPEPRender

/// What a page prints for figures that are not estimates, for small samples, and which rank it shows.
@Suite("Honest figures on the pages")
struct HonestFiguresPageTests {
    /// The minimal tree's rankings with model-b's row changed by `edit`.
    private func render(_ edit: @escaping (inout LeaderboardEntry) -> Void) throws -> [RenderedFile] {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        return try renderSite(dir, rankings: { content in
            var rankings = try! Ranker.rank(content)
            for l in rankings.languages.indices {
                for b in rankings.languages[l].leaderboards.indices {
                    for e in rankings.languages[l].leaderboards[b].entries.indices {
                        edit(&rankings.languages[l].leaderboards[b].entries[e])
                    }
                }
            }
            return rankings
        }).files
    }

    @Test("a flat LC fit shows a dash and the reason, no interval, no length badge, and the table ranks by win rate")
    func flatFit() throws {
        let files = try render { entry in
            entry.provisional = false
            (entry.rank, entry.rankHigh, entry.rankLow) = (1, 1, 1)
            entry.lengthControlledWinRate = 50
            entry.lcFlatFit = true
            entry.rankFigure = .winRate
            entry.lcCILow = nil
            entry.lcCIHigh = nil
        }
        let page = try #require(files.text("languages/nl/index.html"))
        #expect(page.contains(#"<td class="num">– <span class="flag""#))
        #expect(page.contains(">no estimate</span>"))
        #expect(!page.contains("length-sensitive</span>"), "58.3 vs 50 would otherwise be flagged")
        #expect(page.contains("Ranked by win rate"))
        #expect(page.contains("Position by the win rate"))
        let index = try #require(files.text("index.html"))
        #expect(index.contains("no length-controlled estimate; win rate 58.3"))
        #expect(!index.contains(">50.0</text>"))
    }

    @Test("a provisional row is marked, has no rank, and its table and cells state n")
    func provisional() throws {
        // The minimal tree's 3 prompts are below the default minimum; an LC estimate is given so
        // that the heat map's cell is the provisional one (without it, it would be "no estimate").
        let files = try render { entry in
            #expect(entry.provisional && entry.rank == nil)
            entry.lengthControlledWinRate = 61
            entry.lcFlatFit = false
            (entry.lcCILow, entry.lcCIHigh) = (20, 90)
        }
        let page = try #require(files.text("languages/nl/index.html"))
        #expect(page.contains(">provisional</span>"))
        #expect(page.contains(#"<td class="num" data-rank-raw="–">–</td>"#))
        #expect(page.contains("judged by Judge A, on 3 prompts"))
        #expect(page.contains("fewer than \(SiteConfig.defaultMinimumPrompts) judged prompts"))
        let index = try #require(files.text("index.html"))
        #expect(index.contains(#"<span class="n">(n 3)</span>"#))
        #expect(index.contains(#"<rect class="provisional""#))
    }

    @Test("the raw-figures view's rank is the rank by win rate")
    func rawRank() {
        func entry(_ model: String, winRate: Double, lc: Double, rank: Int) -> LeaderboardEntry {
            var e = LeaderboardEntry(model: model, winRate: winRate, standardError: 1, nWins: 0, nWinsBase: 0, nDraws: 0,
                                     nTotal: 100, discreteWinRate: 0, avgLength: 0, rank: rank)
            e.lengthControlledWinRate = lc
            (e.ciLow, e.ciHigh) = (winRate - 3, winRate + 3)
            return e
        }
        let ranks = Contexts.winRateRanks([entry("a", winRate: 40, lc: 70, rank: 1), entry("b", winRate: 60, lc: 55, rank: 2),
                                           entry("c", winRate: 50, lc: 52, rank: 3)])
        #expect(ranks == ["b": "1 (1)", "c": "2 (2)", "a": "3 (3)"])
    }
}
