/// Everything one language holds: its effort, its translations, and what was produced and judged in it.
public struct LanguageContent: Sendable, Equatable, Identifiable {
    public var info: LanguageInfo
    /// The translations in file order (empty where none was submitted yet).
    public var prompts: [Translation]
    /// The outputs and annotations: read in full, or in outline (which files exist, no records).
    public var records: LanguageRecords
    /// translators.yml: the names shown for the ids in `prompts`' translators (empty without the file).
    public var translatorNames = TranslatorNames()

    public var id: String { info.code }

    /// A language read in full.
    public init(info: LanguageInfo, prompts: [Translation] = [], outputs: [String: [ModelOutput]] = [:],
                annotations: [String: [String: [Annotation]]] = [:]) {
        self.info = info
        self.prompts = prompts
        records = .loaded(LoadedRecords(outputs: outputs, annotations: annotations))
    }

    /// The records when they were read in full; nil for a language read in outline.
    public var loaded: LoadedRecords? {
        if case .loaded(let records) = records { records } else { nil }
    }

    /// Which output and annotation files the language has: known in outline too.
    public var files: RecordFiles { records.files }
}

/// A language's outputs and annotations as a build read them.
///
/// An incremental build reads a language whose folder did not change since its last build in
/// outline: its ranking and pages come from the build cache, so only which files exist is needed
/// (the site-wide pages ask no more). Readers of records must say what they do with an outlined
/// language; the compiler sees to it.
public enum LanguageRecords: Sendable, Equatable {
    case loaded(LoadedRecords)
    case outlined(RecordFiles)

    public var files: RecordFiles {
        switch self {
        case .loaded(let records): records.files
        case .outlined(let files): files
        }
    }
}

/// Every output and annotation of a language, in file order.
public struct LoadedRecords: Sendable, Equatable {
    /// Outputs per model id, each in file order.
    public var outputs: [String: [ModelOutput]]
    /// Annotations per judge id, then per model id, each in file order.
    public var annotations: [String: [String: [Annotation]]]

    public init(outputs: [String: [ModelOutput]] = [:], annotations: [String: [String: [Annotation]]] = [:]) {
        self.outputs = outputs
        self.annotations = annotations
    }

    public var files: RecordFiles {
        RecordFiles(outputs: Set(outputs.keys), annotations: annotations.mapValues { Set($0.keys) })
    }
}

/// Which record files a language has, without their records.
public struct RecordFiles: Sendable, Equatable {
    /// Models with an `outputs/<model>.jsonl`.
    public var outputs: Set<String>
    /// Per judge, the models with an `annotations/<judge>/<model>.jsonl`.
    public var annotations: [String: Set<String>]

    public init(outputs: Set<String> = [], annotations: [String: Set<String>] = [:]) {
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
