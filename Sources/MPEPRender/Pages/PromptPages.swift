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
        let rows = answers.prompts.map { prompt in
            let verdicts = answers.models.compactMap { answers.verdict(judge: judge, model: $0, prompt: prompt.source.id) }
            return PromptsPage.Row(
                number: prompt.number, url: paths.languagePrompt(info.code, prompt.number),
                category: prompt.source.category ?? "–", excerpt: LanguageAnswers.excerpt(prompt.translation.prompt),
                status: prompt.translation.status.rawValue,
                modelBetter: verdicts.filter { $0.kind == "model" }.count,
                judged: verdicts.filter { $0.kind != "none" }.count)
        }
        let context = PromptsPage.Context(
            name: info.name, code: info.code, dir: answers.dir, languageURL: paths.language(info.code),
            judgeName: contexts.judgeName(judge), referenceName: contexts.modelName(answers.reference), rows: rows,
            translated: answers.language.prompts.count,
            reviewed: answers.language.prompts.filter { $0.status == .reviewed }.count,
            target: info.target, percent: Formatting.percent(answers.language.prompts.count, of: info.target),
            translators: Self.hallOfFame(answers.language.prompts.map(answers.shownTranslators)),
            hasTranslators: answers.language.prompts.contains { !$0.translators.isEmpty })
        return layout(title: "\(info.name) prompts", body: templates.render(.prompts, context),
                      description: "Every prompt translated into \(info.name), with the models' answers and the judges' verdicts.",
                      path: SitePaths.languagePromptsFile(info.code))
    }

    /// `languages/<code>/prompts/<n>/`: the English source, the translation, the reference's
    /// answer, then every model's answer with each judge's verdict. Taken from `languageCache`
    /// instead when the previous build rendered it from the same page (`PromptPage.key`): its
    /// context holds the answers' Markdown, so building and hashing it renders none.
    func promptPage(_ answers: LanguageAnswers, at index: Int, sourceHTML: String) -> RenderedFile {
        let page = promptPageContext(answers, at: index, sourceHTML: sourceHTML)
        let info = answers.language.info
        let path = SitePaths.languagePromptFile(info.code, page.prompt.number)
        let inputs = languageCache.map { _ in page.key }
        if let languageCache, let inputs, let reused = languageCache.page(path, inputs: inputs, language: answers.language) {
            return reused
        }
        let body = templates.render(.prompt, page.prompt) + (page.answersTable.map { templates.render(.answersTable, $0) } ?? "")
        var file = layout(title: "\(info.name) prompt \(page.prompt.number)", body: body,
                          description: "A prompt in \(info.name), every model's answer and the judges' verdicts.",
                          path: path)
        file.inputs = inputs
        return file
    }

    /// Everything a prompt page shows beyond the layout, with its answers still Markdown.
    func promptPageContext(_ answers: LanguageAnswers, at index: Int, sourceHTML: String) -> PromptPage {
        let info = answers.language.info
        let prompt = answers.prompts[index]
        let id = prompt.source.id
        // The judges of any answer on the page, primary first: the columns of the verdict summary.
        let pageJudges = answers.judges.filter { judge in
            answers.models.contains { answers.answers[$0]?[id] != nil && answers.verdict(judge: judge, model: $0, prompt: id) != nil }
        }
        // With bundled answers the models' answers and verdicts go in a compact table instead (`answersTable`).
        let modelBlocks: [PromptPage.Answer] = bundledAnswers ? [] : answers.models.compactMap { model in
            guard let markdown = answers.markdown(model: model, prompt: id) else { return nil }
            // Only the judges that saw this answer: a human judge labels a sample of the prompts.
            let verdicts = answers.judges(of: model).compactMap { judge in
                answers.verdict(judge: judge, model: model, prompt: id).map {
                    Merged($0.cell, JudgeColumn(judgeName: contexts.judgeName(judge), primary: judge == content.site.judge))
                }
            }
            return PromptPage.Answer(
                modelName: contexts.modelName(model), anchor: SitePaths.answerAnchor(model),
                modelLanguageURL: paths.languageModel(info.code, model), html: markdown,
                code: info.code, dir: answers.dir, verdicts: verdicts, hasVerdicts: !verdicts.isEmpty,
                summary: pageJudges.map { judge in
                    answers.verdict(judge: judge, model: model, prompt: id)?.cell ?? VerdictText.notJudged
                })
        }
        let context = PromptPage.Context(
            number: prompt.number, name: info.name, code: info.code, dir: answers.dir, promptID: id,
            category: prompt.source.category ?? "",
            languageURL: paths.language(info.code), promptsURL: paths.languagePrompts(info.code),
            sourceHTML: sourceHTML,
            translationHTML: MarkdownText(prompt.translation.prompt, trust: .data),
            translators: answers.translators(of: prompt.translation).joined(separator: ", "),
            status: prompt.translation.status.rawValue,
            referenceName: contexts.modelName(answers.reference),
            models: modelBlocks,
            summaryJudges: pageJudges.map { JudgeColumn(judgeName: contexts.judgeName($0), primary: $0 == content.site.judge) },
            hasSummary: !modelBlocks.isEmpty && !pageJudges.isEmpty,
            referenceHTML: answers.markdown(model: answers.reference, prompt: id),
            previousURL: index > 0 ? paths.languagePrompt(info.code, answers.prompts[index - 1].number) : nil,
            nextURL: index + 1 < answers.prompts.count ? paths.languagePrompt(info.code, answers.prompts[index + 1].number) : nil)
        return PromptPage(prompt: context, answersTable: answersTable(answers, prompt: prompt))
    }
}

extension SiteRenderer {
    /// Translators by prompts translated (then reviewed, then name): the community's hall of fame.
    static func hallOfFame(_ prompts: [Translation]) -> [PromptsPage.Translator] {
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
        .map { PromptsPage.Translator(name: $0.key, translated: $0.value.translated, reviewed: $0.value.reviewed) }
    }

    /// Links from a language's page into its drill-down (nil where nothing was translated).
    func exploreLinks(_ language: LanguageContent) -> LanguagePage.Explore? {
        guard !language.prompts.isEmpty else { return nil }
        let code = language.info.code
        let models = LanguageAnswers.models(of: language, reference: content.reference(for: language.info), rankings: rankings)
        return LanguagePage.Explore(
            models: models.enumerated().map { i, model in
                LanguagePage.ExploreModel(modelName: contexts.modelName(model), url: paths.languageModel(code, model),
                                          last: i == models.count - 1)
            },
            promptsURL: paths.languagePrompts(code),
            promptCount: language.prompts.count,
            judgmentsURL: paths.file(SitePaths.languageFile(code, "judgments.json")),
            headToHeadURL: paths.language(code) + "compare/")
    }
}
