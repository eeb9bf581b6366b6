/// `content/languages/<code>/language.yml`: one community's translation effort.
public struct LanguageInfo: Sendable, Equatable, Identifiable {
    public enum Direction: String, Sendable, Equatable, CaseIterable {
        case ltr, rtl
    }

    public enum Status: String, Sendable, Equatable, CaseIterable {
        case planned, active, complete, paused
    }

    /// The ISO 639 code, which is also the folder name.
    public var code: String
    public var name: String
    public var nativeName: String
    public var direction: Direction
    public var status: Status
    public var leads: [String]
    /// The Argilla annotation Space where the community translates.
    public var space: String?
    public var dashboard: String?
    public var dataset: String?
    /// Overrides the site's reference model for this language.
    public var reference: String?
    /// How many prompts the effort aims to translate.
    public var target: Int
    /// The line of each key in language.yml (empty when built in memory), so the check stage can
    /// point at `target:`, `status:` or `reference:`.
    public var keyLines: [String: Int] = [:]

    public var id: String { code }

    public init(code: String, name: String, nativeName: String, direction: Direction = .ltr,
                status: Status = .active, leads: [String] = [], space: String? = nil,
                dashboard: String? = nil, dataset: String? = nil, reference: String? = nil, target: Int = 500) {
        self.code = code
        self.name = name
        self.nativeName = nativeName
        self.direction = direction
        self.status = status
        self.leads = leads
        self.space = space
        self.dashboard = dashboard
        self.dataset = dataset
        self.reference = reference
        self.target = target
    }
}
