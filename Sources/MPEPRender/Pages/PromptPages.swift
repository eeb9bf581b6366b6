import MPEPContent
import MPEPMarkdown
import MPEPParallel
import MPEPRank

/// What every language's drill-down shares: the source prompts' numbers and their English text,
/// rendered once for the whole site.
struct DrillDownInputs: Sendable {
    let numbers: [String: Int]
    let sources: [String: String]

    init(_ content: Content) {
        numbers = Dictionary(content.sourcePrompts.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: min)
        sources = Dictionary(content.sourcePrompts.map { ($0.id, $0.prompt) }, uniquingKeysWith: { a, _ in a })
            .mapValues { Markdown.html($0, trust: .data) }
    }
}

/// The drill-down: a page per (language, prompt) with every answer and every verdict, a list of
/// a language's prompts, and a page per (language, model) with its verdicts best first.
///
/// A reader reaches any single judgment in three clicks: index → language (or the heat map's
/// cell) → the model in that language → the prompt page, anchored at the model's answer.
extension SiteRenderer {
    /// One language's drill-down files (none without translated prompts), its pages in parallel.
    func drillDownFiles(_ language: LanguageContent, _ inputs: DrillDownInputs) -> [RenderedFile] {
        guard !language.prompts.isEmpty else { return [] }
        let answers = LanguageAnswers(language: language, content: content, rankings: rankings, numbers: inputs.numbers)
        enum Page: Sendable { case index, prompt(Int), model(String), headToHead, judgments }
        let pages: [Page] = [.index] + answers.prompts.indices.map { .prompt($0) }
            + answers.models.map { .model($0) } + [.headToHead, .judgments]
        return ParallelMap.map(pages) { page -> RenderedFile in
            switch page {
            case .index: promptIndexPage(answers)
            case .prompt(let i): promptPage(answers, at: i, sourceHTML: inputs.sources[answers.prompts[i].source.id] ?? "")
            case .model(let model): modelLanguagePage(answers, model: model)
            case .headToHead: headToHeadPage(answers)
            case .judgments: JudgmentsData.file(answers, primaryJudge: content.site.judge, names: contexts.modelName)
            }
        }
    }

    /// `languages/<code>/prompts/`: every translated prompt, with how the models fared on it.
    func promptIndexPage(_ answers: LanguageAnswers) -> RenderedFile {
        let info = answers.language.info
        let judge = content.site.judge
        let rows: [[String: Any]] = answers.prompts.map { prompt in
            let verdicts = answers.models.compactMap { answers.verdict(judge: judge, model: $0, prompt: prompt.source.id) }
            return [
                "number": prompt.number,
                "url": paths.languagePrompt(info.code, prompt.number),
                "category": prompt.source.category ?? "–",
                "excerpt": LanguageAnswers.excerpt(prompt.translation.prompt),
                "status": prompt.translation.status.rawValue,
                "model_better": verdicts.filter { $0.kind == "model" }.count,
                "judged": verdicts.filter { $0.kind != "none" }.count,
            ]
        }
        let context: [String: Any] = [
            "name": info.name, "code": info.code, "dir": answers.dir,
            "language_url": paths.language(info.code),
            "judge_name": contexts.judgeName(judge),
            "reference_name": contexts.modelName(answers.reference),
            "rows": rows,
            "translated": answers.language.prompts.count,
            "reviewed": answers.language.prompts.filter { $0.status == .reviewed }.count,
            "target": info.target,
            "percent": Formatting.percent(answers.language.prompts.count, of: info.target),
            "translators": Self.hallOfFame(answers.language.prompts),
            "has_translators": answers.language.prompts.contains { !$0.translators.isEmpty },
        ]
        return layout(title: "\(info.name) prompts", body: templates.render("prompts", context),
                      description: "Every prompt translated into \(info.name), with the models' answers and the judges' verdicts.",
                      path: SitePaths.languagePromptsFile(info.code))
    }

    /// `languages/<code>/prompts/<n>/`: the English source, the translation, the reference's
    /// answer, then every model's answer with each judge's verdict.
    func promptPage(_ answers: LanguageAnswers, at index: Int, sourceHTML: String) -> RenderedFile {
        let info = answers.language.info
        let prompt = answers.prompts[index]
        let id = prompt.source.id
        let modelBlocks: [[String: Any]] = answers.models.compactMap { model in
            guard let html = answers.answers[model]?[id] else { return nil }
            // Only the judges that saw this answer: a human judge labels a sample of the prompts.
            let verdicts: [[String: Any]] = answers.judges(of: model).compactMap { judge in
                guard var verdict = answers.verdict(judge: judge, model: model, prompt: id)?.context else { return nil }
                verdict["judge_name"] = contexts.judgeName(judge)
                verdict["primary"] = judge == content.site.judge
                return verdict
            }
            return [
                "model_name": contexts.modelName(model),
                "anchor": SitePaths.answerAnchor(model),
                "model_language_url": paths.languageModel(info.code, model),
                "html": html,
                // The block's own copy of the page's language: found at once, not up the context stack.
                "code": info.code, "dir": answers.dir,
                "verdicts": verdicts,
                "has_verdicts": !verdicts.isEmpty,
            ]
        }
        var context: [String: Any] = [
            "number": prompt.number, "name": info.name, "code": info.code, "dir": answers.dir,
            "prompt_id": id,
            "category": prompt.source.category ?? "",
            "language_url": paths.language(info.code),
            "prompts_url": paths.languagePrompts(info.code),
            "source_html": sourceHTML,
            "translation_html": Markdown.html(prompt.translation.prompt, trust: .data),
            "translators": prompt.translation.translators.joined(separator: ", "),
            "status": prompt.translation.status.rawValue,
            "reference_name": contexts.modelName(answers.reference),
            "models": modelBlocks,
        ]
        if let html = answers.answers[answers.reference]?[id] { context["reference_html"] = html }
        if index > 0 { context["previous_url"] = paths.languagePrompt(info.code, answers.prompts[index - 1].number) }
        if index + 1 < answers.prompts.count {
            context["next_url"] = paths.languagePrompt(info.code, answers.prompts[index + 1].number)
        }
        return layout(title: "\(info.name) prompt \(prompt.number)", body: templates.render("prompt", context),
                      description: "A prompt in \(info.name), every model's answer and the judges' verdicts.",
                      path: SitePaths.languagePromptFile(info.code, prompt.number))
    }
}

extension SiteRenderer {
    /// Translators by prompts translated (then reviewed, then name): the community's hall of fame.
    static func hallOfFame(_ prompts: [Translation]) -> [[String: Any]] {
        var counts: [String: (translated: Int, reviewed: Int)] = [:]
        for prompt in prompts {
            for name in Set(prompt.translators) {
                counts[name, default: (0, 0)].translated += 1
                if prompt.status == .reviewed { counts[name, default: (0, 0)].reviewed += 1 }
            }
        }
        return counts.sorted { a, b in
            (a.value.translated, a.value.reviewed, b.key) > (b.value.translated, b.value.reviewed, a.key)
        }
        .map { ["name": $0.key, "translated": $0.value.translated, "reviewed": $0.value.reviewed] }
    }

    /// Links from a language's page into its drill-down (nil where nothing was translated).
    func exploreLinks(_ language: LanguageContent) -> [String: Any]? {
        guard !language.prompts.isEmpty else { return nil }
        let code = language.info.code
        let models = LanguageAnswers.models(of: language, reference: content.reference(for: language.info), rankings: rankings)
        return [
            "models": models.enumerated().map { i, model -> [String: Any] in
                ["model_name": contexts.modelName(model), "url": paths.languageModel(code, model), "last": i == models.count - 1]
            },
            "prompts_url": paths.languagePrompts(code),
            "prompt_count": language.prompts.count,
            "judgments_url": paths.file(SitePaths.languageFile(code, "judgments.json")),
            "head_to_head_url": paths.language(code) + "compare/",
        ]
    }
}
