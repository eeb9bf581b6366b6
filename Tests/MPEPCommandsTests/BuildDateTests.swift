import Foundation
import Testing
@testable import MPEPCommands
import MPEPParallel

/// A build is always dated, and the same inputs give the same date.
@Suite("Build date")
struct BuildDateTests {
    private let folder = URL(fileURLWithPath: "/nonexistent")
    private let noon = Date(timeIntervalSince1970: 1_796_385_600)   // 2026-12-04T12:00:00Z

    @Test("--date wins, then the content's last commit, then today at midnight UTC; never the epoch")
    func order() {
        #expect(BuildDate.resolve(given: "2026-11-27T10:00:00Z", content: folder, lastCommit: { _ in "2026-01-01T00:00:00Z" },
                                  now: { noon }) == "2026-11-27T10:00:00Z")
        #expect(BuildDate.resolve(given: nil, content: folder, lastCommit: { _ in "2026-10-02T08:15:00+02:00" },
                                  now: { noon }) == "2026-10-02T08:15:00+02:00")
        #expect(BuildDate.resolve(given: nil, content: folder, lastCommit: { _ in nil }, now: { noon }) == "2026-12-04T00:00:00Z")
    }

    @Test("a folder outside any git work tree has no commit date")
    func noRepository() {
        #expect(BuildDate.gitLastCommit(folder) == nil)
    }

    @Test("a language's date is its folder's or the leaderboard inputs' last commit, else the site's; --date for all")
    func languageDates() {
        let asked = Locked<[[String]]>([])
        let dates = BuildDate.languages(["nl", "ru"], given: nil, content: folder, site: "2026-12-04T00:00:00Z") { _, paths in
            asked.withLock { $0.append(paths) }
            return paths.first == "languages/nl" ? "2026-11-30T10:00:00Z" : nil
        }
        #expect(dates == ["nl": "2026-11-30T10:00:00Z", "ru": "2026-12-04T00:00:00Z"])
        #expect(asked.current.contains(["languages/nl", "site.yml", "prompts.jsonl", "models", "judges"]))
        #expect(BuildDate.languages(["nl"], given: "2026-11-27T10:00:00Z", content: folder, site: "x") { _, _ in "never" }
                == ["nl": "2026-11-27T10:00:00Z"])
    }
}
