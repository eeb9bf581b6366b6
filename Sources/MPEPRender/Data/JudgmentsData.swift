/// `languages/<code>/judgments.json`: the primary judge's preference on every (model, prompt)
/// of a language, prompt by prompt, so a reader's browser can compare two models head to head
/// without a server (and anyone can re-analyse the verdicts).
enum JudgmentsData {
    struct Document: Encodable {
        struct Prompt: Encodable {
            var number: Int
            var id: String
            var category: String?
            /// The translated prompt's opening words, and the English source's: head to head shows both.
            var text: String
            var english: String
        }
        struct Model: Encodable {
            var model: String
            var name: String
            /// Aligned with `prompts`: AlpacaEval's scale, null where there is no verdict or no answer.
            var preferences: [Double?]
        }
        var language: String
        var judge: String
        var reference: String
        var scale = "1 = reference better, 2 = model better, 1.5 (or 0) = draw, null = no verdict"
        var prompts: [Prompt]
        var models: [Model]
    }

    static func file(_ answers: LanguageAnswers, primaryJudge: String, names: (String) -> String = { $0 }) -> RenderedFile {
        let judged = answers.models.filter { answers.preferences[primaryJudge]?[$0] != nil }
        let document = Document(
            language: answers.code, judge: primaryJudge, reference: answers.reference,
            prompts: answers.prompts.map {
                Document.Prompt(number: $0.number, id: $0.source.id, category: $0.source.category,
                                text: answers.shortExcerpts[$0.source.id] ?? "", english: LanguageAnswers.excerpt($0.source.prompt, limit: 70))
            },
            models: judged.map { model in
                let rows = answers.preferences[primaryJudge]?[model] ?? [:]
                return Document.Model(model: model, name: names(model), preferences: answers.prompts.map { prompt in
                    (rows[prompt.source.id] ?? nil).flatMap { $0.isFinite ? $0 : nil }
                })
            })
        return RenderedFile(path: SitePaths.languageFile(answers.code, "judgments.json"), data: LeaderboardData.encode(document))
    }
}
