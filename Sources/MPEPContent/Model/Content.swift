/// Everything one language holds: its effort, its translations, and what was produced and judged in it.
public struct LanguageContent: Sendable, Equatable, Identifiable {
    public var info: LanguageInfo
    /// The translations in file order (empty where none was submitted yet).
    public var prompts: [Translation]
    /// Outputs per model id, each in file order.
    public var outputs: [String: [ModelOutput]]
    /// Annotations per judge id, then per model id, each in file order.
    public var annotations: [String: [String: [Annotation]]]
    /// translators.yml: the names shown for the ids in `prompts`' translators (empty without the file).
    public var translatorNames = TranslatorNames()

    public var id: String { info.code }

    public init(info: LanguageInfo, prompts: [Translation] = [], outputs: [String: [ModelOutput]] = [:],
                annotations: [String: [String: [Annotation]]] = [:]) {
        self.info = info
        self.prompts = prompts
        self.outputs = outputs
        self.annotations = annotations
    }
}

/// The whole content tree, as loaded: the input of every later stage.
public struct Content: Sendable, Equatable {
    public var site: SiteConfig
    public var sourcePrompts: [SourcePrompt]
    /// Sorted by id.
    public var models: [ModelInfo]
    /// Sorted by id.
    public var judges: [JudgeInfo]
    /// Sorted by code.
    public var languages: [LanguageContent]
    /// Sorted by order, then slug.
    public var pages: [Page]

    public init(site: SiteConfig, sourcePrompts: [SourcePrompt] = [], models: [ModelInfo] = [],
                judges: [JudgeInfo] = [], languages: [LanguageContent] = [], pages: [Page] = []) {
        self.site = site
        self.sourcePrompts = sourcePrompts
        self.models = models
        self.judges = judges
        self.languages = languages
        self.pages = pages
    }

    public func model(_ id: String) -> ModelInfo? { models.first { $0.id == id } }
    public func judge(_ id: String) -> JudgeInfo? { judges.first { $0.id == id } }
    public func language(_ code: String) -> LanguageContent? { languages.first { $0.info.code == code } }

    /// The reference model of a language: its own override, else the site's.
    public func reference(for language: LanguageInfo) -> String {
        language.reference ?? site.reference
    }
}
