/// Where the drill-down pages live: a page per (language, prompt) and per (language, model).
///
/// Prompt ids are arbitrary strings from pull requests, so they never become paths: a prompt's
/// page is numbered by its 1-based position in the English source set (`content/prompts.jsonl`),
/// the same number in every language. The source set only grows at its end, so the numbers are
/// permalinks; model ids and language codes are validated ids.
extension SitePaths {
    func languagePrompts(_ code: String) -> String { language(code) + "prompts/" }
    func languagePrompt(_ code: String, _ number: Int) -> String { languagePrompts(code) + "\(number)/" }
    func languageModel(_ code: String, _ model: String) -> String { language(code) + "models/" + model + "/" }
    /// The anchor of one model's answer (and its verdicts) on a prompt page.
    func judgment(_ code: String, _ number: Int, model: String) -> String {
        languagePrompt(code, number) + "#" + Self.answerAnchor(model)
    }

    static func answerAnchor(_ model: String) -> String { "answer-" + model }
    static func languagePromptFile(_ code: String, _ number: Int) -> String { "languages/\(code)/prompts/\(number)/index.html" }
    static func languagePromptsFile(_ code: String) -> String { "languages/\(code)/prompts/index.html" }
    static func languageModelFile(_ code: String, _ model: String) -> String { "languages/\(code)/models/\(model)/index.html" }
}
