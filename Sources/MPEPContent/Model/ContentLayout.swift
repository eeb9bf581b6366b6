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
    /// The names a language folder may hold; anything else in it is not part of the contract.
    public static let languageFolderEntries: Set<String> = ["language.yml", "prompts.jsonl", "translators.yml", "outputs", "annotations"]
    public static func outputs(_ code: String, _ model: String) -> String { languageFolder(code) + "/outputs/\(model).jsonl" }
    public static func judgeFolder(_ code: String, _ judge: String) -> String { languageFolder(code) + "/annotations/\(judge)" }
    public static func annotations(_ code: String, _ judge: String, _ model: String) -> String {
        judgeFolder(code, judge) + "/\(model).jsonl"
    }
}
