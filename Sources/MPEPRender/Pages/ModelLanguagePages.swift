import MPEPContent
import MPEPRank
import MPEPStats
import MPEPTemplates

/// `languages/<code>/models/<model>/`: one model in one language, its prompts with every
/// judge's verdict, best first (by the primary judge), each linking to the answer itself.
extension SiteRenderer {
    func modelLanguagePage(_ answers: LanguageAnswers, model: String) -> RenderedFile {
        let info = answers.language.info
        let primary = content.site.judge
        let judges = answers.judges(of: model)
        let outputs = answers.records.outputs[model] ?? []
        var lengths: [String: Int] = [:]
        for output in outputs where lengths[output.id] == nil { lengths[output.id] = codePointLength(output.output) }
        // Best first: the model's share of the win under the primary judge, then prompt order.
        let ranked = answers.prompts.filter { answers.answers[model]?[$0.source.id] != nil }.map { prompt in
            (prompt, answers.verdict(judge: primary, model: model, prompt: prompt.source.id)?.share)
        }
        .sorted { a, b in
            switch (a.1, b.1) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.0.number < b.0.number
            }
        }
        let rows: [[String: TemplateValue]] = ranked.map { prompt, _ in
            [
                "number": .number(prompt.number),
                "url": .text(paths.judgment(info.code, prompt.number, model: model)),
                "category": .text(prompt.source.category ?? "–"),
                "excerpt": .text(answers.shortExcerpts[prompt.source.id] ?? ""),
                "code": .text(info.code), "dir": .text(answers.dir),
                "length": .text(lengths[prompt.source.id].map(Formatting.count) ?? "–"),
                "verdicts": .objects(judges.map { judge in
                    answers.verdict(judge: judge, model: model, prompt: prompt.source.id)?.context
                        ?? VerdictText.notJudged
                }),
            ]
        }
        var context: [String: TemplateValue] = [
            "model_name": .text(contexts.modelName(model)),
            "model_url": .text(paths.model(model)),
            "name": .text(info.name), "code": .text(info.code), "dir": .text(answers.dir),
            "language_url": .text(paths.language(info.code)),
            "prompts_url": .text(paths.languagePrompts(info.code)),
            "reference_name": .text(contexts.modelName(answers.reference)),
            "judges": .objects(judges.map { ["judge_name": .text(contexts.judgeName($0)), "primary": .bool($0 == primary)] }),
            "rows": .objects(rows),
            "has_rows": .bool(!rows.isEmpty),
        ]
        if let entry = rankings.entry(model: model, language: info.code) {
            context["entry"] = [
                "rank": .text(Contexts.rankText(entry)),
                "of": .number(rankings.language(info.code)?.primary?.entries.filter { !$0.provisional }.count ?? 0),
                "provisional": .bool(entry.provisional),
                "win_rate": .text(Formatting.fixed(entry.winRate, 1)),
                "lc": .text(entry.estimatedLC.map { Formatting.fixed($0, 1) + "%" } ?? "– (no estimate: read the win rate)"),
                "wins": .number(entry.nWins), "losses": .number(entry.nWinsBase),
                "draws": .number(entry.nDraws), "n": .number(entry.nTotal),
            ]
        }
        return layout(title: "\(contexts.modelName(model)) in \(info.name)", body: templates.render("model-language", context),
                      description: "How \(contexts.modelName(model)) answered each prompt in \(info.name), best first.",
                      path: SitePaths.languageModelFile(info.code, model))
    }
}
