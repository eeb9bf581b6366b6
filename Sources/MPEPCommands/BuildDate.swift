import Foundation
import MPEPContent
import MPEPParallel

/// The date a build carries (changelog entries, the feed, every page's "last updated"): never
/// missing, never the epoch.
///
/// In order: the date given (`mpep build --date`, which makes the build reproducible), else the
/// content folder's last commit date (`git log -1 --format=%cI`, the same on every checkout of that
/// commit), else today at midnight UTC (the clock, at day resolution so that rebuilds within a day
/// stay byte-identical and keep their render cache). The git lookup and the clock are passed in, so
/// tests replace them.
public enum BuildDate {
    public static func resolve(given: String?, content: URL,
                               lastCommit: (URL) -> String? = gitLastCommit,
                               now: () -> Date = Date.init) -> String {
        if let given { return given }
        if let committed = lastCommit(content) { return committed }
        return today(now())
    }

    /// Each language's date, the "last updated" of its own pages: the last commit touching its
    /// folder or the files every leaderboard is drawn from (`leaderboardInputs`), else the site's
    /// date; the date given (`--date`) for all. A merge that touches one language changes one
    /// language's pages, so an incremental build (CI's too) re-renders one language.
    public static func languages(_ codes: [String], given: String?, content: URL, site: String,
                                 lastCommit: @Sendable (URL, [String]) -> String? = { gitLastCommit($0, paths: $1) })
        -> [String: String] {
        if let given { return Dictionary(uniqueKeysWithValues: codes.map { ($0, given) }) }
        let dates = ParallelMap.map(codes) { code in
            lastCommit(content, [ContentLayout.languageFolder(code)] + leaderboardInputs) ?? site
        }
        return Dictionary(uniqueKeysWithValues: zip(codes, dates))
    }

    /// The content files outside the languages' folders that a leaderboard is computed from.
    static let leaderboardInputs = ["site.yml", "prompts.jsonl", "models", "judges"]

    /// `date` as RFC 3339 at midnight UTC ("2026-12-04T00:00:00Z").
    public static func today(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.year!)-\(two(day.month!))-\(two(day.day!))T00:00:00Z"
    }

    /// The committer date of the last commit touching `folder`, nil outside a git work tree, without
    /// git, or for a folder no commit has touched yet.
    public static func gitLastCommit(_ folder: URL) -> String? {
        gitLastCommit(folder, paths: ["."])
    }

    /// The committer date of the last commit touching any of `paths` (relative to `folder`).
    public static func gitLastCommit(_ folder: URL, paths: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "log", "-1", "--format=%cI", "--"] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
