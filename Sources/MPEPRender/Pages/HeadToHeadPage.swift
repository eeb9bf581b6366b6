import MPEPTemplates

/// `languages/<code>/compare/`: two models head to head, the prompts where the primary judge's
/// preferences differ most. The page is a small client-side view over `judgments.json` (one
/// file instead of a page per pair); without JavaScript it says so and links to each model's
/// verdicts, which hold the same information.
extension SiteRenderer {
    func headToHeadPage(_ answers: LanguageAnswers) -> RenderedFile {
        let info = answers.language.info
        let context: [String: TemplateValue] = [
            "name": .text(info.name),
            "code": .text(info.code), "dir": .text(answers.dir),
            "language_url": .text(paths.language(info.code)),
            "judgments_url": .text(paths.file(SitePaths.languageFile(info.code, "judgments.json"))),
            "prompts_url": .text(paths.languagePrompts(info.code)),
            "judge_name": .text(contexts.judgeName(content.site.judge)),
            "models": .objects(answers.models.map {
                ["model_name": .text(contexts.modelName($0)), "url": .text(paths.languageModel(info.code, $0))]
            }),
        ]
        return layout(title: "\(info.name): head to head", body: templates.render("compare", context),
                      description: "Compare two models prompt by prompt in \(info.name).",
                      path: SitePaths.languageFile(info.code, "compare/index.html"))
    }
}
