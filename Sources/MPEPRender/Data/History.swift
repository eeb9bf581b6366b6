import Foundation
import MPEPRank

/// What the previous build published, read back from the output folder before the new build
/// replaces it: its leaderboard rows and its changelog. The changelog of the next build is the
/// difference, so history needs no database and no clock, only the published site.
public struct PublishedHistory: Sendable, Equatable {
    /// One row of the previous `leaderboard.json` (only the fields the changelog compares).
    public struct Row: Sendable, Equatable, Codable {
        public var language: String
        public var judge: String
        public var model: String
        public var rank: Int?
    }

    public var rows: [Row]
    public var entries: [ChangelogEntry]

    public init(rows: [Row] = [], entries: [ChangelogEntry] = []) {
        self.rows = rows
        self.entries = entries
    }

    /// The previous build's data, or nil when the folder holds no site yet. Unreadable files count
    /// as no history (a changelog is never a reason to fail a build).
    public static func read(from output: URL) -> PublishedHistory? {
        let decoder = JSONDecoder()
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent("leaderboard.json").path),
              let rows = try? decoder.decode([Row].self, from: data) else { return nil }
        let log = FileManager.default.contents(atPath: output.appendingPathComponent("changelog.json").path)
            .flatMap { try? decoder.decode([ChangelogEntry].self, from: $0) } ?? []
        return PublishedHistory(rows: rows, entries: log)
    }
}

/// One build that changed something a reader would notice.
public struct ChangelogEntry: Sendable, Equatable, Codable {
    /// 1 for the first published build, counting up.
    public var number: Int
    /// The build's date (RFC 3339): `mpep build --date`, else the content's last commit, else the
    /// day of the build (`BuildDate`). nil only in a changelog.json written before builds were dated.
    public var date: String?
    public var changes: [Change]
}

/// A single change: a language or a model appearing, or a model moving on a leaderboard.
public struct Change: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case firstBuild = "first-build", newLanguage = "new-language", newModel = "new-model"
        case removedModel = "removed-model", rank
    }

    public var kind: Kind
    public var language: String?
    public var model: String?
    public var from: Int?
    public var to: Int?
}

/// The changelog: the previous history plus, when this build differs from the previous one, a new
/// entry on top. Compares the primary judge's leaderboards only.
enum Changelog {
    static func entries(previous: PublishedHistory?, rankings: Rankings, primaryJudge: String,
                        date: String?) -> [ChangelogEntry] {
        // Every model on a board, with its rank (nil: provisional, listed but not ranked).
        var now: [String: [String: Int?]] = [:]
        for language in rankings.languages {
            guard let board = language.primary, !board.entries.isEmpty else { continue }
            now[language.code] = Dictionary(board.entries.map { ($0.model, $0.rank) }, uniquingKeysWith: { a, _ in a })
        }
        guard let previous else {
            guard !now.isEmpty else { return [] }
            return [ChangelogEntry(number: 1, date: date,
                                   changes: [Change(kind: .firstBuild, language: nil, model: nil, from: nil, to: nil)])]
        }
        var before: [String: [String: Int?]] = [:]
        for row in previous.rows where row.judge == primaryJudge {
            before[row.language, default: [:]].updateValue(row.rank, forKey: row.model)
        }
        var changes: [Change] = []
        for code in now.keys.sorted() {
            let current = now[code]!
            guard let old = before[code] else {
                changes.append(Change(kind: .newLanguage, language: code, model: nil, from: nil, to: nil))
                continue
            }
            for model in current.keys.sorted() {
                let rank = current[model]!
                if let was = old[model] {
                    // A move between two ranks; becoming provisional or ranked is not a move.
                    if let was, let rank, was != rank {
                        changes.append(Change(kind: .rank, language: code, model: model, from: was, to: rank))
                    }
                } else {
                    changes.append(Change(kind: .newModel, language: code, model: model, from: nil, to: rank))
                }
            }
            for model in old.keys.sorted() where current[model] == nil {
                changes.append(Change(kind: .removedModel, language: code, model: model, from: old[model]!, to: nil))
            }
        }
        // Entries published before builds were dated take the first date a build gives them, so no
        // entry is left undated (and no feed says 1970).
        let earlier = previous.entries.map { entry in
            var entry = entry
            if entry.date == nil { entry.date = date }
            return entry
        }
        guard !changes.isEmpty else { return earlier }
        let number = (previous.entries.map(\.number).max() ?? 0) + 1
        return [ChangelogEntry(number: number, date: date, changes: changes)] + earlier
    }
}
