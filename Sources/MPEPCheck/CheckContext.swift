import MPEPContent

/// Where the files of the content contract are, as named in messages.
struct ContentPaths: Sendable {
    let root: String

    /// `root/relative`, as the loader's `ContentFolder.displayPath` builds it.
    func display(_ relative: String) -> String {
        ContentLayout.displayPath(relative, under: root)
    }

    var site: String { display("site.yml") }
    func languageYML(_ code: String) -> String { display(ContentLayout.languageYML(code)) }
    func outputs(_ code: String, _ model: String) -> String { display(ContentLayout.outputs(code, model)) }
    func annotations(_ code: String, _ judge: String, _ model: String) -> String {
        display(ContentLayout.annotations(code, judge, model))
    }
    func judgeFolder(_ code: String, _ judge: String) -> String { display(ContentLayout.judgeFolder(code, judge)) }
}

/// The content with the lookups every rule needs, built once in one pass over the records so
/// that no rule searches an array inside a loop.
struct CheckContext: Sendable {
    let content: Content
    let paths: ContentPaths
    let sourceIds: Set<String>
    let modelIds: Set<String>
    let judges: [String: JudgeInfo]
    /// The languages read in full, in the order of `content.languages` (by code). A language read in
    /// outline is not checked: nothing in it changed since the build that checked it, and that
    /// build's findings stand for it (the incremental build's snapshot keeps them).
    let languages: [LanguageIndex]

    init(content: Content, paths: ContentPaths) {
        self.content = content
        self.paths = paths
        sourceIds = Set(content.sourcePrompts.map(\.id))
        modelIds = Set(content.models.map(\.id))
        judges = Dictionary(content.judges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        languages = content.languages.compactMap { language in
            language.loaded.map { LanguageIndex(language, records: $0, reference: content.reference(for: language.info)) }
        }
    }
}

/// One language with its id sets.
struct LanguageIndex: Sendable {
    let language: LanguageContent
    let records: LoadedRecords
    let reference: String
    let translatedIds: Set<String>
    /// The ids each model answered, per model id.
    let outputIds: [String: Set<String>]

    init(_ language: LanguageContent, records: LoadedRecords, reference: String) {
        self.language = language
        self.records = records
        self.reference = reference
        translatedIds = Set(language.prompts.map(\.id))
        outputIds = records.outputs.mapValues { Set($0.map(\.id)) }
    }

    var code: String { language.info.code }

    /// Annotation files in a stable order: by judge, then model.
    var annotationFiles: [(judge: String, model: String, rows: [Annotation])] {
        records.annotations.keys.sorted().flatMap { judge in
            let byModel = records.annotations[judge] ?? [:]
            return byModel.keys.sorted().map { (judge, $0, byModel[$0] ?? []) }
        }
    }

    /// Output files in a stable order: by model.
    var outputFiles: [(model: String, rows: [ModelOutput])] {
        records.outputs.keys.sorted().map { ($0, records.outputs[$0] ?? []) }
    }
}

extension Diagnostic {
    /// A diagnostic at a record's line, without a column: the loader keeps records' lines only.
    static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        .error(location.path, line: location.line, message)
    }

    static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        .warning(location.path, line: location.line, message)
    }
}

/// `"p1"`, quoted as JSON would, so odd ids stay visible in messages; cut after 60 characters
/// so that a pasted paragraph in an id field does not flood the report.
func quoted(_ text: String) -> String {
    let literal = JSONString.quoted(text.prefix(60))
    return text.count > 60 ? String(literal.dropLast()) + "…\"" : literal
}
