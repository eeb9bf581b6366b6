import MPEPContent
import MPEPRank
import MPEPStats

/// `languages/<code>/models/<model>/`: one model in one language, its prompts with every
/// judge's verdict, best first (by the primary judge), each linking to the answer itself.
extension SiteRenderer {
    func modelLanguagePage(_ answers: LanguageAnswers, model: String) -> RenderedFile {
        let info = answers.language.info
        let primary = content.site.judge
        let judges = answers.judges(of: model)
        let outputs = answers.language.outputs[model] ?? []
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
        let rows: [[String: Any]] = ranked.map { prompt, _ in
            [
                "number": prompt.number,
                "url": paths.judgment(info.code, prompt.number, model: model),
                "category": prompt.source.category ?? "–",
                "excerpt": answers.shortExcerpts[prompt.source.id] ?? "",
                // The row's own copy of the page's language: found at once, not up the context stack.
                "code": info.code, "dir": answers.dir,
                "length": lengths[prompt.source.id].map(Formatting.count) ?? "–",
                "verdicts": judges.map { judge in
                    answers.verdict(judge: judge, model: model, prompt: prompt.source.id)?.context
                        ?? ["words": "not judged", "kind": "none", "value": ""]
                },
            ]
        }
        var context: [String: Any] = [
            "model_name": contexts.modelName(model),
            "model_url": paths.model(model),
            "name": info.name, "code": info.code, "dir": answers.dir,
            "language_url": paths.language(info.code),
            "prompts_url": paths.languagePrompts(info.code),
            "reference_name": contexts.modelName(answers.reference),
            "judges": judges.map { ["judge_name": contexts.judgeName($0), "primary": $0 == primary] },
            "rows": rows,
            "has_rows": !rows.isEmpty,
        ]
        if let entry = rankings.entry(model: model, language: info.code) {
            context["entry"] = [
                "rank": entry.rank,
                "of": rankings.language(info.code)?.primary?.entries.count ?? 0,
                "win_rate": Formatting.fixed(entry.winRate, 1),
                "lc": contexts.figure(entry.lengthControlledWinRate),
                "wins": entry.nWins, "losses": entry.nWinsBase, "draws": entry.nDraws, "n": entry.nTotal,
            ]
        }
        return layout(title: "\(contexts.modelName(model)) in \(info.name)", body: templates.render("model-language", context),
                      description: "How \(contexts.modelName(model)) answered each prompt in \(info.name), best first.",
                      path: SitePaths.languageModelFile(info.code, model))
    }
}
