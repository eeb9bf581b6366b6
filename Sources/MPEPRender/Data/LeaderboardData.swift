import Foundation
import MPEPRank

/// The machine-readable tables: `languages/<code>/leaderboard.json` and `.csv` (the primary
/// judge's leaderboard, AlpacaEval's column names), and `leaderboard.json` for all languages
/// and judges.
enum LeaderboardData {
    static func languageFiles(ranking: LanguageRanking?, code: String, primaryJudge: String) -> [RenderedFile] {
        let primary = ranking?.primary
        let entries = primary?.entries ?? []
        struct Difficulties: Encodable {
            var judge: String?
            var note = "Per-prompt difficulty of the length-controlled GLM's difficulty variant, estimated from the primary judge's verdicts on all models in this language jointly and used for every judge (no regularisation towards gamed baselines). Higher: models do better than the reference on the prompt."
            var prompts: [PromptDifficulty]
        }
        return [
            RenderedFile(path: SitePaths.languageFile(code, "leaderboard.json"), data: json(entries)),
            RenderedFile(path: SitePaths.languageFile(code, "leaderboard.csv"), text: csv(entries)),
            RenderedFile(path: SitePaths.languageFile(code, "categories.json"), data: encode(primary?.categories ?? [])),
            RenderedFile(path: SitePaths.languageFile(code, "agreement.json"), data: encode(ranking?.agreement ?? [])),
            RenderedFile(path: SitePaths.languageFile(code, "difficulty.json"),
                         data: encode(Difficulties(judge: primary?.judge, prompts: primary?.difficulties ?? []))),
        ]
    }

    /// Cross-language files: the overall scores with coverage, and judge agreement pooled over languages.
    static func crossLanguageFiles(rankings: Rankings) -> [RenderedFile] {
        [
            RenderedFile(path: "overall.json", data: encode(rankings.overall)),
            RenderedFile(path: "agreement.json", data: encode(rankings.agreement)),
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

    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        data.append(0x0A)
        return data
    }

    /// RFC 4180 CSV with AlpacaEval's column names; empty fields for undefined figures.
    static func csv(_ entries: [LeaderboardEntry]) -> String {
        var out = LeaderboardEntry.columns.joined(separator: ",") + "\r\n"
        for entry in entries {
            var fields = entry.csvFields
            fields[0] = field(fields[0])
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
