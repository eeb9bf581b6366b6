/// Every template mpep renders or includes as a partial: `templates/<raw value>.mustache`.
///
/// Pages name their template by case, never by string, and every case is required when the
/// templates load (`TemplateSet.init`), so a missing or misspelled file is an error naming it
/// before anything is rendered. A new page kind adds its case here and its file in `templates/`.
public enum PageTemplate: String, CaseIterable, Sendable {
    case notFound = "404"
    case answersTable = "answers-table"
    case changelog
    case compare
    case efforts
    /// A partial of `efforts`.
    case effortsTable = "efforts-table"
    /// A partial of `language`.
    case explore
    case feed
    case index
    case language
    case layout
    /// A partial of `language`.
    case leaderboardTable = "leaderboard-table"
    case model
    case modelLanguage = "model-language"
    case page
    case prompt
    case prompts
    case readmeEfforts = "readme-efforts"

    /// The template's file in the templates folder.
    public var fileName: String { rawValue + ".mustache" }
}
