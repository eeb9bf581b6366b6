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
        let rows = ranked.map { prompt, _ in
            ModelLanguagePage.Row(
                number: prompt.number,
                url: paths.judgment(info.code, prompt.number, model: model),
                category: prompt.source.category ?? "–",
                excerpt: answers.shortExcerpts[prompt.source.id] ?? "",
                code: info.code, dir: answers.dir,
                length: lengths[prompt.source.id].map(Formatting.count) ?? "–",
                verdicts: judges.map { judge in
                    answers.verdict(judge: judge, model: model, prompt: prompt.source.id)?.cell ?? VerdictText.notJudged
                })
        }
        let entry = rankings.entry(model: model, language: info.code).map { entry in
            ModelLanguagePage.Entry(
                rank: Contexts.rankText(entry),
                of: rankings.language(info.code)?.primary?.entries.filter { !$0.provisional }.count ?? 0,
                provisional: entry.provisional,
                winRate: Formatting.fixed(entry.winRate, 1),
                lc: entry.estimatedLC.map { Formatting.fixed($0, 1) + "%" } ?? "– (no estimate: read the win rate)",
                wins: entry.nWins, losses: entry.nWinsBase, draws: entry.nDraws, n: entry.nTotal)
        }
        let context = ModelLanguagePage.Context(
            modelName: contexts.modelName(model), modelURL: paths.model(model),
            name: info.name, code: info.code, dir: answers.dir,
            languageURL: paths.language(info.code), promptsURL: paths.languagePrompts(info.code),
            referenceName: contexts.modelName(answers.reference),
            judges: judges.map { JudgeColumn(judgeName: contexts.judgeName($0), primary: $0 == primary) },
            rows: rows, hasRows: !rows.isEmpty, entry: entry)
        return layout(title: "\(contexts.modelName(model)) in \(info.name)", body: templates.render(.modelLanguage, context),
                      description: "How \(contexts.modelName(model)) answered each prompt in \(info.name), best first.",
                      path: SitePaths.languageModelFile(info.code, model))
    }
}

/// `languages/<code>/models/<model>/` (`model-language.mustache`).
enum ModelLanguagePage {
    struct Context: Encodable, Sendable {
        var modelName: String
        var modelURL: String
        var name: String
        var code: String
        var dir: String
        var languageURL: String
        var promptsURL: String
        var referenceName: String
        /// The judges that judged the model here, primary first: the table's verdict columns.
        var judges: [JudgeColumn]
        var rows: [Row]
        var hasRows: Bool
        /// The model's line on the language's leaderboard; nil when it is not on it.
        var entry: Entry?
    }

    struct Row: Encodable, Sendable {
        var number: Int
        var url: String
        var category: String
        var excerpt: String
        var code: String
        var dir: String
        var length: String
        var verdicts: [VerdictText.Cell]
    }

    struct Entry: Encodable, Sendable {
        var rank: String
        var of: Int
        var provisional: Bool
        var winRate: String
        var lc: String
        var wins: Int
        var losses: Int
        var draws: Int
        var n: Int
    }
}
