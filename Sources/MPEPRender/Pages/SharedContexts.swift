/// The parts of page contexts that several pages share. Each is a plain `Encodable` struct: its
/// properties are the template's names in camelCase (`modelURL` is `{{model_url}}`), an optional
/// is a name that is absent when nil, and ``TemplateSet/render(_:_:)`` turns it into what the
/// template reads (`TemplateEncoder`), so no page writes a template key as a string.

/// `{{site.…}}`: what the layout and some pages show of site.yml.
struct SiteContext: Encodable, Sendable {
    var title: String
    var description: String
    var root: String
    var stylesheet: String
    var effortsURL: String
    var feedURL: String
    var notice: String?
}

/// A titled link (the navigation).
struct Link: Encodable, Sendable {
    var title: String
    var url: String
}

/// One language's summary: the index's and the efforts page's rows, the README's efforts table,
/// and the top of the language's own page.
struct LanguageSummary: Encodable, Sendable {
    struct Lead: Encodable, Sendable {
        var name: String
    }

    var code: String
    var name: String
    var nativeName: String
    var dir: String
    var status: String
    var url: String
    var leads: String
    /// A text is truthy even when empty: a section on `leads` would show "Led by" and no one.
    var hasLeads: Bool
    var leadList: [Lead]
    var translated: Int
    var reviewed: Int
    var target: Int
    var percent: Int
    var modelsEvaluated: Int
    var space: String?
    var dashboard: String?
    var dataset: String?
}

/// A row of the `leaderboard-table` partial (and of a model page's table of languages). Flags are
/// true or absent (`ifTrue`), never false, as the templates were written for.
struct LeaderboardRow: Encodable, Sendable {
    var rank: String
    /// The rank by win rate, which the "raw figures" view shows in the rank column.
    var rankRaw: String
    var model: String
    var modelName: String
    var modelURL: String
    var organization: String
    var mode: String
    var winRate: String
    var standardError: String
    var ci: String
    var lc: String
    var lcStandardError: String
    var lcCI: String
    var discreteWinRate: String
    var nTotal: Int
    var nWins: Int
    var nWinsBase: Int
    var nDraws: Int
    var avgLength: String
    var avgLengthRaw: Int
    var lcWhisker: String?
    var whisker: String?
    var lcFlat: Bool?
    var provisional: Bool?
    var disagree: Bool?
    var openWeights: Bool?
}

/// A leaderboard for the `leaderboard-table` partial.
struct LeaderboardTable: Encodable, Sendable {
    var caption: String
    var judge: String
    var judgeName: String
    var axis: String
    var rows: [LeaderboardRow]
    var rankBy: String
    var minimumPrompts: Int
    var rankNote: String?
    /// Whether this is the site's primary judge's table.
    var primary: Bool
}

/// Two contexts as one object, `extra`'s names over `base`'s: a page that shows a shared context
/// and more (a language's page is its summary and its leaderboards).
struct Merged<Base: Encodable, Extra: Encodable>: Encodable {
    var base: Base
    var extra: Extra

    init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }

    func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        try extra.encode(to: encoder)
    }
}

extension Merged: Sendable where Base: Sendable, Extra: Sendable {}

/// `true`, or nil (the name absent) for `false`: for the names the templates expect to find only
/// when they hold (`{{#provisional}}` on a row looks further out when the row has none).
func ifTrue(_ flag: Bool) -> Bool? {
    flag ? true : nil
}

/// A judge as a column heading of a verdicts table (and beside a verdict on a prompt page).
struct JudgeColumn: Encodable, Sendable {
    var judgeName: String
    var primary: Bool
}
