/// `content/judges/<id>.yml`: who compared the outputs, an LLM or people.
public struct JudgeInfo: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case llm, human
    }

    /// Whether preferences are probabilities (AlpacaEval 2's weighted judge) or verdicts (1, 1.5, 2).
    public enum PreferenceKind: String, Sendable, Equatable, CaseIterable {
        case weighted, discrete
    }

    public var id: String
    public var name: String
    public var model: String?
    public var kind: Kind
    public var preferenceKind: PreferenceKind
    public var notes: String?

    public init(id: String, name: String, model: String? = nil, kind: Kind = .llm,
                preferenceKind: PreferenceKind = .weighted, notes: String? = nil) {
        self.id = id
        self.name = name
        self.model = model
        self.kind = kind
        self.preferenceKind = preferenceKind
        self.notes = notes
    }
}
