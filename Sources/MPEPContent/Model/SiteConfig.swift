/// `content/site.yml`: the site's identity and the choices that shape every leaderboard.
public struct SiteConfig: Sendable, Equatable {
    public enum LengthControl: String, Sendable, Equatable, CaseIterable {
        case minimal, difficulty
    }

    /// How the prompt pages deliver the models' answers (`answers:` in site.yml).
    public enum AnswerLayout: String, Sendable, Equatable, CaseIterable {
        /// Pages while the answers are small beside the budget, bundles when they are not.
        case auto
        /// Every answer as HTML in its prompt page (the layout of a small site).
        case pages
        /// Answers in gzip bundles the prompt page expands in the browser, an excerpt inline.
        case bundles
    }

    public var title: String
    public var description: String
    /// Where the site is served, always ending in "/" ("/" or "/mpep/" or "https://host/mpep/").
    public var baseURL: String
    /// The reference model every language compares against, unless a language overrides it.
    public var reference: String
    /// The primary judge, whose verdicts rank the leaderboards.
    public var judge: String
    public var lengthControl: LengthControl
    public var bootstrapRounds: Int
    public var seed: UInt64
    /// Results on fewer counting prompts are provisional: shown and marked, not ranked with the
    /// others, left out of the cross-language Overall (docs/statistics.md, "Minimum number of prompts").
    public var minimumPrompts: Int
    /// The default of `minimum_prompts`, from the coverage study in docs/statistics.md.
    public static let defaultMinimumPrompts = 30
    /// A banner line shown on every page (for example: "sample data").
    public var notice: String?
    /// How answers reach the reader: see `AnswerLayout`.
    public var answers: AnswerLayout = .auto
    /// What the built site may take up where it is published (`mpep build` refuses to exceed it).
    public var budget = SiteBudget()
    /// The line of each key in site.yml (empty when built in memory), so the check stage can
    /// point at `reference:` or `judge:` when they name something that does not exist.
    public var keyLines: [String: Int] = [:]

    public init(title: String, description: String = "", baseURL: String = "/", reference: String,
                judge: String, lengthControl: LengthControl = .minimal, bootstrapRounds: Int = 1000,
                seed: UInt64 = 0, minimumPrompts: Int = SiteConfig.defaultMinimumPrompts, notice: String? = nil) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.reference = reference
        self.judge = judge
        self.lengthControl = lengthControl
        self.bootstrapRounds = bootstrapRounds
        self.seed = seed
        self.minimumPrompts = minimumPrompts
        self.notice = notice
    }
}
