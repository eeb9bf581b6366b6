import MPEPContent
import MPEPParallel

/// The check stage: the rules that span files, over content the loader has already read.
///
/// The loader judges each file by itself (syntax, types, values); the checker judges how the
/// files fit together (ids that must exist elsewhere, models and judges that must be described,
/// the reference that must have answered). Both report ``Diagnostic``s, so a contributor sees one
/// list, causes first (see ``check(_:after:)``).
///
///     let loaded = ContentLoader(root: url, displayRoot: "content").load()
///     let problems = loaded.diagnostics + Checker(contentRoot: "content").check(loaded.content!)
///
/// The check is a few passes over dictionaries built once, so it stays linear in the number of
/// records (a tree of 20 languages × 50 models × 500 prompts checks in a fraction of a second).
public struct Checker: Sendable {
    /// How the content folder is named in messages: the loader's `displayRoot`.
    public var contentRoot: String
    /// Whether the README's efforts table matches the content; nil skips that rule.
    public var readme: ReadmeStatus?

    public init(contentRoot: String = "content", readme: ReadmeStatus? = nil) {
        self.contentRoot = contentRoot
        self.readme = readme
    }

    /// Every rule, in the order they are documented; their findings are merged and sorted.
    static let rules: [@Sendable (CheckContext) -> [Diagnostic]] = [
        UniqueIds.check,
        KnownPromptIds.check,
        DescribedModels.check,
        ReferenceModel.check,
        DescribedJudges.check,
        AnnotatedOutputs.check,
        DiscretePreferences.check,
        TranslationProgress.check,
        NamedTranslators.check,
        SlowTables.check,
        DirectionalOverrides.check,
    ]

    /// Every problem, causes before consequences: `loaded` (the loader's findings about each
    /// file by itself: a broken line, a bad field) first, sorted by file and line; then the
    /// rules' findings across files, many of which follow from a record the loader had to drop;
    /// then the README's table, whose fix (`mpep build`) only works once the rest is fixed.
    /// The same content always gives the same list.
    public func check(_ content: Content, after loaded: [Diagnostic] = []) -> [Diagnostic] {
        let context = CheckContext(content: content, paths: ContentPaths(root: contentRoot))
        // Rules are independent; two of them read every output's text, so they run side by side.
        let found = ParallelMap.map(Self.rules.indices.map { $0 }) { Self.rules[$0](context) }.flatMap { $0 }
        var diagnostics = loaded.sorted() + found.sorted()
        if let readme {
            diagnostics += ReadmeTable.check(readme, afterErrors: diagnostics.hasErrors)
        }
        return diagnostics
    }
}

/// One rule across files: a pure function of the indexed content.
protocol CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic]
}
