import MPEPContent
import MPEPMarkdown
import MPEPParallel
import MPEPRank
import MPEPTemplates

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
    func drillDownFiles(_ language: LanguageContent, records: LoadedRecords, _ inputs: DrillDownInputs) -> [RenderedFile] {
        guard !language.prompts.isEmpty else { return [] }
        let answers = LanguageAnswers(language: language, records: records, content: content, rankings: rankings,
                                      numbers: inputs.numbers)
        enum Page: Sendable { case index, prompt(Int), model(String), headToHead, judgments, answers(Int) }
        let pages: [Page] = [.index] + answers.prompts.indices.map { .prompt($0) }
            + answers.models.map { .model($0) } + [.headToHead, .judgments]
            + (bundledAnswers ? AnswerBundles.bundles(answers).map { .answers($0) } : [])
        return ParallelMap.map(pages) { page -> RenderedFile in
            switch page {
            case .index: promptIndexPage(answers)
            case .prompt(let i): promptPage(answers, at: i, sourceHTML: inputs.sources[answers.prompts[i].source.id] ?? "")
            case .model(let model): modelLanguagePage(answers, model: model)
            case .headToHead: headToHeadPage(answers)
            case .judgments: JudgmentsData.file(answers, primaryJudge: content.site.judge, names: contexts.modelName)
            case .answers(let bundle): answerBundle(answers, bundle: bundle)
            }
        }
    }

    /// `languages/<code>/prompts/`: every translated prompt, with how the models fared on it.
    func promptIndexPage(_ answers: LanguageAnswers) -> RenderedFile {
        let info = answers.language.info
        let judge = content.site.judge
        let rows: [[String: TemplateValue]] = answers.prompts.map { prompt in
            let verdicts = answers.models.compactMap { answers.verdict(judge: judge, model: $0, prompt: prompt.source.id) }
            return [
                "number": .number(prompt.number),
                "url": .text(paths.languagePrompt(info.code, prompt.number)),
                "category": .text(prompt.source.category ?? "–"),
                "excerpt": .text(LanguageAnswers.excerpt(prompt.translation.prompt)),
                "status": .text(prompt.translation.status.rawValue),
                "model_better": .number(verdicts.filter { $0.kind == "model" }.count),
                "judged": .number(verdicts.filter { $0.kind != "none" }.count),
            ]
        }
        let context: [String: TemplateValue] = [
            "name": .text(info.name), "code": .text(info.code), "dir": .text(answers.dir),
            "language_url": .text(paths.language(info.code)),
            "judge_name": .text(contexts.judgeName(judge)),
            "reference_name": .text(contexts.modelName(answers.reference)),
            "rows": .objects(rows),
            "translated": .number(answers.language.prompts.count),
            "reviewed": .number(answers.language.prompts.filter { $0.status == .reviewed }.count),
            "target": .number(info.target),
            "percent": .number(Formatting.percent(answers.language.prompts.count, of: info.target)),
            "translators": .objects(Self.hallOfFame(answers.language.prompts.map(answers.shownTranslators))),
            "has_translators": .bool(answers.language.prompts.contains { !$0.translators.isEmpty }),
        ]
        return layout(title: "\(info.name) prompts", body: templates.render("prompts", context),
                      description: "Every prompt translated into \(info.name), with the models' answers and the judges' verdicts.",
                      path: SitePaths.languagePromptsFile(info.code))
    }

    /// `languages/<code>/prompts/<n>/`: the English source, the translation, the reference's
    /// answer, then every model's answer with each judge's verdict. Taken from `languageCache`
    /// instead when the previous build rendered it from the same inputs (`promptPageInputs`).
    func promptPage(_ answers: LanguageAnswers, at index: Int, sourceHTML: String) -> RenderedFile {
        let info = answers.language.info
        let prompt = answers.prompts[index]
        let id = prompt.source.id
        let path = SitePaths.languagePromptFile(info.code, prompt.number)
        let inputs = languageCache.map { _ in Self.promptPageInputs(answers, at: index) }
        if let languageCache, let inputs, let reused = languageCache.page(path, inputs: inputs, language: answers.language) {
            return reused
        }
        // The judges of any answer on the page, primary first: the columns of the verdict summary.
        let pageJudges = answers.judges.filter { judge in
            answers.models.contains { answers.html(model: $0, prompt: id) != nil && answers.verdict(judge: judge, model: $0, prompt: id) != nil }
        }
        // With bundled answers the models' answers and verdicts go in a compact table instead (`answersTable`).
        let modelBlocks: [[String: TemplateValue]] = bundledAnswers ? [] : answers.models.compactMap { model in
            guard let html = answers.html(model: model, prompt: id) else { return nil }
            // Only the judges that saw this answer: a human judge labels a sample of the prompts.
            let verdicts: [[String: TemplateValue]] = answers.judges(of: model).compactMap { judge in
                guard var verdict = answers.verdict(judge: judge, model: model, prompt: id)?.context else { return nil }
                verdict["judge_name"] = .text(contexts.judgeName(judge))
                verdict["primary"] = .bool(judge == content.site.judge)
                return verdict
            }
            return [
                "model_name": .text(contexts.modelName(model)),
                "anchor": .text(SitePaths.answerAnchor(model)),
                "model_language_url": .text(paths.languageModel(info.code, model)),
                "html": .text(html),
                "code": .text(info.code), "dir": .text(answers.dir),
                "verdicts": .objects(verdicts),
                "has_verdicts": .bool(!verdicts.isEmpty),
                "summary": .objects(pageJudges.map { judge in
                    answers.verdict(judge: judge, model: model, prompt: id)?.context
                        ?? VerdictText.notJudged
                }),
            ]
        }
        var context: [String: TemplateValue] = [
            "number": .number(prompt.number), "name": .text(info.name), "code": .text(info.code), "dir": .text(answers.dir),
            "prompt_id": .text(id),
            "category": .text(prompt.source.category ?? ""),
            "language_url": .text(paths.language(info.code)),
            "prompts_url": .text(paths.languagePrompts(info.code)),
            "source_html": .text(sourceHTML),
            "translation_html": .text(Markdown.html(prompt.translation.prompt, trust: .data)),
            "translators": .text(answers.translators(of: prompt.translation).joined(separator: ", ")),
            "status": .text(prompt.translation.status.rawValue),
            "reference_name": .text(contexts.modelName(answers.reference)),
            "models": .objects(modelBlocks),
            "summary_judges": .objects(pageJudges.map {
                ["judge_name": .text(contexts.judgeName($0)), "primary": .bool($0 == content.site.judge)]
            }),
            "has_summary": .bool(!modelBlocks.isEmpty && !pageJudges.isEmpty),
        ]
        if let html = answers.html(model: answers.reference, prompt: id) { context["reference_html"] = .text(html) }
        if index > 0 { context["previous_url"] = .text(paths.languagePrompt(info.code, answers.prompts[index - 1].number)) }
        if index + 1 < answers.prompts.count {
            context["next_url"] = .text(paths.languagePrompt(info.code, answers.prompts[index + 1].number))
        }
        var file = layout(title: "\(info.name) prompt \(prompt.number)", body: templates.render("prompt", context) + answersTable(answers, prompt: prompt),
                          description: "A prompt in \(info.name), every model's answer and the judges' verdicts.",
                          path: path)
        file.inputs = inputs
        return file
    }

    /// What a prompt page is drawn from beyond what the language-wide cache key covers (what every
    /// page shares, language.yml: see `LanguagePagesCache.page`): its place among the language's
    /// prompts, the translation, and for each model in the page's order its answer's Markdown and
    /// the verdicts on it. Hashing these is far cheaper than rendering the answers.
    static func promptPageInputs(_ answers: LanguageAnswers, at index: Int) -> ContentHash {
        let prompt = answers.prompts[index]
        let id = prompt.source.id
        var hash = ContentHash()
        hash.add("prompt page 2")
        hash.add("\(prompt.number) \(index > 0 ? answers.prompts[index - 1].number : 0) "
                 + "\(index + 1 < answers.prompts.count ? answers.prompts[index + 1].number : 0)")
        hash.add(id)
        hash.add(prompt.translation.prompt)
        hash.add(answers.translators(of: prompt.translation).joined(separator: "\n"))
        hash.add(prompt.translation.status.rawValue)
        hash.add(answers.reference)
        hash.add(answers.answers[answers.reference]?[id] ?? "\u{0}none")
        for model in answers.models {
            hash.add(model)
            hash.add(answers.answers[model]?[id] ?? "\u{0}none")
            for judge in answers.judges(of: model) {
                hash.add(judge)
                switch answers.preferences[judge]?[model]?[id] {
                case .none: hash.add("unseen")
                case .some(.none): hash.add("no preference")
                case .some(.some(let preference)): hash.add(String(preference.bitPattern, radix: 16))
                }
            }
        }
        return hash
    }
}

extension SiteRenderer {
    /// Translators by prompts translated (then reviewed, then name): the community's hall of fame.
    static func hallOfFame(_ prompts: [Translation]) -> [[String: TemplateValue]] {
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
        .map { ["name": .text($0.key), "translated": .number($0.value.translated), "reviewed": .number($0.value.reviewed)] }
    }

    /// Links from a language's page into its drill-down (nil where nothing was translated).
    func exploreLinks(_ language: LanguageContent) -> [String: TemplateValue]? {
        guard !language.prompts.isEmpty else { return nil }
        let code = language.info.code
        let models = LanguageAnswers.models(of: language, reference: content.reference(for: language.info), rankings: rankings)
        return [
            "models": .objects(models.enumerated().map { i, model in
                ["model_name": .text(contexts.modelName(model)), "url": .text(paths.languageModel(code, model)),
                 "last": .bool(i == models.count - 1)]
            }),
            "prompts_url": .text(paths.languagePrompts(code)),
            "prompt_count": .number(language.prompts.count),
            "judgments_url": .text(paths.file(SitePaths.languageFile(code, "judgments.json"))),
            "head_to_head_url": .text(paths.language(code) + "compare/"),
        ]
    }
}
