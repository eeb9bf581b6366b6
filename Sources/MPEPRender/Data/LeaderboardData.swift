import Foundation
import MPEPRank

/// The machine-readable tables: `languages/<code>/leaderboard.json` and `.csv` (the primary
/// judge's leaderboard, AlpacaEval's column names), and `leaderboard.json` for all languages
/// and judges.
enum LeaderboardData {
    static func languageFiles(ranking: LanguageRanking?, code: String, primaryJudge: String) -> [RenderedFile] {
        let entries = ranking?.primary?.entries ?? []
        return [
            RenderedFile(path: SitePaths.languageFile(code, "leaderboard.json"), data: json(entries)),
            RenderedFile(path: SitePaths.languageFile(code, "leaderboard.csv"), text: csv(entries)),
        ]
    }

    static func siteJSON(rankings: Rankings) -> RenderedFile {
        struct Row: Encodable {
            var language: String
            var judge: String
            var reference: String
            var entry: LeaderboardEntry

            func encode(to encoder: any Encoder) throws {
                try entry.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(language, forKey: Key("language"))
                try container.encode(judge, forKey: Key("judge"))
                try container.encode(reference, forKey: Key("reference"))
            }
        }
        var rows: [Row] = []
        for language in rankings.languages {
            for board in language.leaderboards {
                rows += board.entries.map { Row(language: language.code, judge: board.judge, reference: language.reference, entry: $0) }
            }
        }
        return RenderedFile(path: "leaderboard.json", data: encode(rows))
    }

    static func json(_ entries: [LeaderboardEntry]) -> Data {
        encode(entries)
    }

    private static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        data.append(0x0A)
        return data
    }

    /// RFC 4180 CSV; numbers in Swift's shortest round-trip form, the same on every machine.
    static func csv(_ entries: [LeaderboardEntry]) -> String {
        var out = LeaderboardEntry.columns.joined(separator: ",") + "\r\n"
        for e in entries {
            let fields: [String] = [
                field(e.model), "\(e.winRate)", "\(e.standardError)", "\(e.nWins)", "\(e.nWinsBase)", "\(e.nDraws)",
                "\(e.nTotal)", "\(e.discreteWinRate)", "\(e.avgLength)", "\(e.rank)",
            ]
            out += fields.joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
