/// `languages/<code>/compare/`: two models head to head, the prompts where the primary judge's
/// preferences differ most. The page is a small client-side view over `judgments.json` (one
/// file instead of a page per pair); without JavaScript it says so and links to each model's
/// verdicts, which hold the same information.
extension SiteRenderer {
    func headToHeadPage(_ answers: LanguageAnswers) -> RenderedFile {
        let info = answers.language.info
        let context = HeadToHeadPage.Context(
            name: info.name, code: info.code, dir: answers.dir,
            languageURL: paths.language(info.code),
            judgmentsURL: paths.file(SitePaths.languageFile(info.code, "judgments.json")),
            promptsURL: paths.languagePrompts(info.code),
            judgeName: contexts.judgeName(content.site.judge),
            models: answers.models.map { HeadToHeadPage.Model(modelName: contexts.modelName($0), url: paths.languageModel(info.code, $0)) })
        return layout(title: "\(info.name): head to head", body: templates.render(.compare, context),
                      description: "Compare two models prompt by prompt in \(info.name).",
                      path: SitePaths.languageFile(info.code, "compare/index.html"))
    }
}

/// `languages/<code>/compare/` (`compare.mustache`).
enum HeadToHeadPage {
    struct Context: Encodable, Sendable {
        var name: String
        var code: String
        var dir: String
        var languageURL: String
        var judgmentsURL: String
        var promptsURL: String
        var judgeName: String
        var models: [Model]
    }

    struct Model: Encodable, Sendable {
        var modelName: String
        var url: String
    }
}
