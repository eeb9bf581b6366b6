import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import MPEPRank
@testable import MPEPRender

/// The changelog is the difference between what was published and what is built now.
@Suite("Changelog")
struct ChangelogTests {
    private func rankings(_ boards: [String: [(String, Int)]]) -> Rankings {
        Rankings(languages: boards.keys.sorted().map { code in
            let entries = boards[code]!.map { model, rank in
                LeaderboardEntry(model: model, winRate: 50, standardError: 0, nWins: 0, nWinsBase: 0, nDraws: 0,
                                 nTotal: 1, discreteWinRate: 0, avgLength: 0, rank: rank)
            }
            return LanguageRanking(code: code, reference: "ref", leaderboards: [JudgeLeaderboard(judge: "j", entries: entries)],
                                   primaryJudge: "j")
        })
    }

    private func row(_ language: String, _ model: String, _ rank: Int, judge: String = "j") -> PublishedHistory.Row {
        PublishedHistory.Row(language: language, judge: judge, model: model, rank: rank)
    }

    @Test("a first build gets one entry; an unchanged rebuild adds none")
    func firstAndUnchanged() {
        let now = rankings(["nl": [("a", 1), ("b", 2)]])
        let first = Changelog.entries(previous: nil, rankings: now, primaryJudge: "j", date: nil)
        #expect(first.map(\.number) == [1])
        #expect(first[0].changes.map(\.kind) == [.firstBuild])
        let published = PublishedHistory(rows: [row("nl", "a", 1), row("nl", "b", 2)], entries: first)
        #expect(Changelog.entries(previous: published, rankings: now, primaryJudge: "j", date: nil) == first)
    }

    @Test("new languages, new and removed models and rank moves are listed, newest entry first")
    func changes() {
        let published = PublishedHistory(
            rows: [row("nl", "a", 1), row("nl", "b", 2), row("nl", "c", 3), row("nl", "a", 9, judge: "other")],
            entries: [ChangelogEntry(number: 1, date: nil, changes: [])])
        let now = rankings(["nl": [("b", 1), ("a", 2), ("d", 3)], "ar": [("a", 1)]])
        let entries = Changelog.entries(previous: published, rankings: now, primaryJudge: "j", date: "2026-11-27T00:00:00Z")
        #expect(entries.map(\.number) == [2, 1])
        #expect(entries[0].date == "2026-11-27T00:00:00Z")
        #expect(entries[0].changes == [
            Change(kind: .newLanguage, language: "ar", model: nil, from: nil, to: nil),
            Change(kind: .rank, language: "nl", model: "a", from: 1, to: 2),
            Change(kind: .rank, language: "nl", model: "b", from: 2, to: 1),
            Change(kind: .newModel, language: "nl", model: "d", from: nil, to: 3),
            Change(kind: .removedModel, language: "nl", model: "c", from: 3, to: nil),
        ])
    }

    @Test("the previous site's files are read back; a folder without a site has no history")
    func readBack() throws {
        let dir = TemporaryDirectory()
        #expect(PublishedHistory.read(from: dir.url) == nil)
        dir.write("leaderboard.json", #"[{"language": "nl", "judge": "j", "model": "a", "rank": 1, "win_rate": 60}]"#)
        dir.write("changelog.json", #"[{"number": 1, "changes": [{"kind": "first-build"}]}]"#)
        let history = try #require(PublishedHistory.read(from: dir.url))
        #expect(history.rows == [row("nl", "a", 1)])
        #expect(history.entries.map(\.number) == [1])
    }

    @Test("the page and the Atom feed list the entries, and the feed is well-formed XML")
    func pages() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir, buildDate: "2026-12-01T09:30:00Z")
        let page = try #require(files.text("changelog/index.html"))
        #expect(page.contains("First published build."))
        #expect(page.contains(#"Build 1 · <time datetime="2026-12-01T09:30:00Z">"#))
        let feed = try #require(files.text("feed.xml"))
        #expect(feed.hasPrefix("<?xml"))
        #expect(feed.contains("<updated>2026-12-01T09:30:00Z</updated>"))
        #expect(!feed.contains("1970"))
        #expect(try XMLDocument(data: Data(feed.utf8)).rootElement()?.name == "feed")
        // Every page says when the site was last updated.
        let index = try #require(files.text("index.html"))
        #expect(index.contains(#"Last updated <time datetime="2026-12-01T09:30:00Z">2026-12-01</time>"#))
    }

    @Test("an entry published before builds were dated gets the next build's date, not none")
    func undatedEntriesGetDated() {
        let now = rankings(["nl": [("a", 1)]])
        let old = ChangelogEntry(number: 1, date: nil, changes: [Change(kind: .firstBuild, language: nil, model: nil, from: nil, to: nil)])
        let published = PublishedHistory(rows: [row("nl", "a", 1)], entries: [old])
        let entries = Changelog.entries(previous: published, rankings: now, primaryJudge: "j", date: "2026-12-02T00:00:00Z")
        #expect(entries.map(\.date) == ["2026-12-02T00:00:00Z"])
    }

    @Test("a provisional model joins without a rank, and becoming ranked is not a move")
    func provisionalModels() {
        var now = rankings(["nl": [("a", 1), ("b", 2)]])
        now.languages[0].leaderboards[0].entries[1].rank = nil
        let published = PublishedHistory(rows: [row("nl", "a", 1)], entries: [])
        let added = Changelog.entries(previous: published, rankings: now, primaryJudge: "j", date: "2026-12-02T00:00:00Z")
        #expect(added.first?.changes == [Change(kind: .newModel, language: "nl", model: "b", from: nil, to: nil)])
        let ranked = rankings(["nl": [("a", 1), ("b", 2)]])
        let later = PublishedHistory(rows: [row("nl", "a", 1), PublishedHistory.Row(language: "nl", judge: "j", model: "b", rank: nil)],
                                     entries: added)
        #expect(Changelog.entries(previous: later, rankings: ranked, primaryJudge: "j", date: "2026-12-03T00:00:00Z") == added)
    }
}
