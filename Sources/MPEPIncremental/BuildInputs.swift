import Foundation

/// Where a build reads and writes, and its options: everything a cached value can depend on
/// besides the content's own files.
public struct BuildInputs: Sendable {
    public var content: URL
    /// How the content folder is named in messages (the build's findings are kept by that name).
    public var contentDisplay: String
    public var templates: URL
    public var output: URL
    /// `.mpep-cache/`, beside the output so that two sites built from one tree keep their own.
    public var cacheFolder: URL
    /// What a ranking depends on beyond the content (the `--bootstrap-rounds` override).
    public var rankOptions: [String]
    /// What every page depends on beyond the content and templates (base URL, answer layout).
    public var pageOptions: [String]
    /// Each language's date, the "last updated" of its own pages (a language's pages depend on
    /// their own date only, so a new commit elsewhere does not re-render them).
    public var languageDates: [String: String]

    public init(content: URL, contentDisplay: String, templates: URL, output: URL, cacheFolder: URL,
                rankOptions: [String], pageOptions: [String], languageDates: [String: String] = [:]) {
        self.content = content
        self.contentDisplay = contentDisplay
        self.templates = templates
        self.output = output
        self.cacheFolder = cacheFolder
        self.rankOptions = rankOptions
        self.pageOptions = pageOptions
        self.languageDates = languageDates
    }
}
