/// `languages/<code>/compare/`: two models head to head, the prompts where the primary judge's
/// preferences differ most. The page is a small client-side view over `judgments.json` (one
/// file instead of a page per pair); without JavaScript it says so and links to each model's
/// verdicts, which hold the same information.
extension SiteRenderer {
    func headToHeadPage(_ answers: LanguageAnswers) -> RenderedFile {
        let info = answers.language.info
        let context: [String: Any] = [
            "name": info.name,
            "language_url": paths.language(info.code),
            "judgments_url": paths.file(SitePaths.languageFile(info.code, "judgments.json")),
            "prompts_url": paths.languagePrompts(info.code),
            "judge_name": contexts.judgeName(content.site.judge),
            "models": answers.models.map { ["model_name": contexts.modelName($0), "url": paths.languageModel(info.code, $0)] },
        ]
        return layout(title: "\(info.name): head to head", body: templates.render("compare", context),
                      description: "Compare two models prompt by prompt in \(info.name).",
                      path: SitePaths.languageFile(info.code, "compare/index.html"))
    }
}
