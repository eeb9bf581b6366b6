import MPEPContent

/// `languages/<code>/prompts/<n>/`: one translated prompt with every model's answer and verdicts
/// (`prompt.mustache`), and with bundled answers the table that links them (`answers-table.mustache`).
///
/// The page is this value and the language-wide inputs (the layout, what every page shares, the
/// language's language.yml), so its reuse key is the hash of this value (``key``): a field added
/// to the page is in its key without anyone remembering to put it there.
struct PromptPage: Encodable, Sendable {
    var prompt: Context
    /// Nil with answers in pages (`answers: pages`).
    var answersTable: AnswersTable.Context?

    /// What the page is drawn from beyond the language-wide inputs, for `LanguagePagesCache.page`.
    /// Cheap: the answers go in as their Markdown (``MarkdownText``), rendering none.
    var key: ContentHash { ContentHash(encoding: self) }

    struct Context: Encodable, Sendable {
        /// The permalink number: the prompt's 1-based place in the English source set.
        var number: Int
        var name: String
        var code: String
        var dir: String
        var promptID: String
        var category: String
        var languageURL: String
        var promptsURL: String
        /// The English source, rendered once for every language (`DrillDownInputs`).
        var sourceHTML: String
        var translationHTML: MarkdownText
        var translators: String
        var status: String
        var referenceName: String
        /// Empty with bundled answers.
        var models: [Answer]
        var summaryJudges: [JudgeColumn]
        var hasSummary: Bool
        var referenceHTML: MarkdownText?
        var previousURL: String?
        var nextURL: String?
    }

    /// A model's answer and the verdicts on it.
    struct Answer: Encodable, Sendable {
        var modelName: String
        var anchor: String
        var modelLanguageURL: String
        var html: MarkdownText
        var code: String
        var dir: String
        /// Only the judges that saw this answer (a human judge labels a sample of the prompts).
        var verdicts: [Merged<VerdictText.Cell, JudgeColumn>]
        var hasVerdicts: Bool
        /// A cell per column of the page's verdict summary (`summaryJudges`).
        var summary: [VerdictText.Cell]
    }
}

/// `languages/<code>/prompts/`: a language's prompts, how the models fared on each, and its translators.
enum PromptsPage {
    struct Context: Encodable, Sendable {
        var name: String
        var code: String
        var dir: String
        var languageURL: String
        var judgeName: String
        var referenceName: String
        var rows: [Row]
        var translated: Int
        var reviewed: Int
        var target: Int
        var percent: Int
        var translators: [Translator]
        var hasTranslators: Bool
    }

    struct Row: Encodable, Sendable {
        var number: Int
        var url: String
        var category: String
        var excerpt: String
        var status: String
        var modelBetter: Int
        var judged: Int
    }

    /// A line of the hall of fame: prompts translated, then reviewed.
    struct Translator: Encodable, Sendable {
        var name: String
        var translated: Int
        var reviewed: Int
    }
}
