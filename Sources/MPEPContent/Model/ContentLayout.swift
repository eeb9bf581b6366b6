/// Where each file of the content contract lives, relative to the content folder
/// (docs/content-format.md): the checker names these files in its messages, the importers and
/// `mpep new` write them.
public enum ContentLayout {
    /// `relative` under `root` as messages name it (`root` as the user typed it: empty, with or
    /// without a trailing slash); an empty `relative` is the root itself.
    public static func displayPath(_ relative: String, under root: String) -> String {
        if relative.isEmpty { return root }
        if root.isEmpty { return relative }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    public static let sourcePrompts = "prompts.jsonl"
    public static func model(_ id: String) -> String { "models/\(id).yml" }
    public static func judge(_ id: String) -> String { "judges/\(id).yml" }
    public static func languageFolder(_ code: String) -> String { "languages/\(code)" }
    public static func languageYML(_ code: String) -> String { languageFolder(code) + "/language.yml" }
    public static func translations(_ code: String) -> String { languageFolder(code) + "/prompts.jsonl" }
    public static func translatorNames(_ code: String) -> String { languageFolder(code) + "/translators.yml" }
    public static func outputs(_ code: String, _ model: String) -> String { languageFolder(code) + "/outputs/\(model).jsonl" }
    public static func judgeFolder(_ code: String, _ judge: String) -> String { languageFolder(code) + "/annotations/\(judge)" }
    public static func annotations(_ code: String, _ judge: String, _ model: String) -> String {
        judgeFolder(code, judge) + "/\(model).jsonl"
    }
}

extension ContentLayout {
    /// Every entry a language folder may hold, the one list the loader checks a language folder
    /// against (and the place to add a new file of the contract). Anything else there is an
    /// error, not a warning: a file put in the wrong place would otherwise vanish from the site
    /// while `mpep check` passes.
    public static let languageEntries: [LanguageEntry] = [
        LanguageEntry(name: "language.yml", isFolder: false, holds: "name, native_name, status, …"),
        LanguageEntry(name: "prompts.jsonl", isFolder: false, holds: "the translated prompts"),
        LanguageEntry(name: "translators.yml", isFolder: false, holds: "the names to show for translator ids (optional)"),
        LanguageEntry(name: "outputs", isFolder: true, holds: "outputs/<model>.jsonl, each model's answers"),
        LanguageEntry(name: "annotations", isFolder: true, holds: "annotations/<judge>/<model>.jsonl, each judge's verdicts"),
    ]

    /// One entry of a language folder as the contract defines it.
    public struct LanguageEntry: Sendable, Hashable {
        public var name: String
        public var isFolder: Bool
        /// What it holds, for messages.
        public var holds: String
    }

    /// The language folder's entries as a message lists them: `language.yml, prompts.jsonl, outputs/, annotations/`.
    public static var languageEntryList: String {
        languageEntries.map { $0.isFolder ? $0.name + "/" : $0.name }.joined(separator: ", ")
    }
}
