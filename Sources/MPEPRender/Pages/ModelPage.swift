import MPEPContent
import MPEPParallel
import MPEPRank

/// `models/<id>/`: one model's story across languages. Its overall figure first, then a row per
/// language in the leaderboards' own terms (the same row context, so the same figures, 95%
/// intervals and chart, and the judge named), languages by name (the table sorts by score with a
/// click), its best and worst prompt categories, and links to its answers in each language.
extension SiteRenderer {
    /// Every model's page, in parallel. A page shows one row of each language's primary
    /// leaderboard, so each leaderboard's rows are made once here, not once per model.
    func modelPages() -> [RenderedFile] {
        let rows = ModelPage.Rows(languagesByName.compactMap { language in
            rankings.language(language.info.code)?.primary.map { board in
                (language.info.code, Dictionary(zip(board.entries.map(\.model), contexts.rows(board)),
                                                uniquingKeysWith: { first, _ in first }))
            }
        })
        return ParallelMap.map(content.models) { modelPage($0, rows: rows) }.compactMap { $0 }
    }

    func modelPage(_ model: ModelInfo, rows: ModelPage.Rows) -> RenderedFile? {
        var results: [Merged<LeaderboardRow, ModelPage.Language>] = []
        for language in languagesByName {
            let code = language.info.code
            guard let board = rankings.language(code)?.primary, let row = rows.byLanguage[code]?[model.id] else { continue }
            let hasAnswers = !language.prompts.isEmpty && language.files.outputs.contains(model.id)
            results.append(Merged(row, ModelPage.Language(
                language: language.info.name, nativeName: language.info.nativeName, code: code,
                dir: language.info.direction.rawValue, url: paths.language(code),
                of: board.entries.filter { !$0.provisional }.count,
                answersURL: hasAnswers ? paths.languageModel(code, model.id) : nil)))
        }
        var context = ModelPage.Context(
            name: model.name, id: model.id, organization: model.organization,
            openWeights: model.openWeights ? "yes" : "no", mode: model.mode.rawValue,
            results: results, hasResults: !results.isEmpty,
            isReference: content.languages.contains { content.reference(for: $0.info) == model.id },
            judgeName: contexts.judgeName(content.site.judge),
            referenceName: contexts.modelName(content.site.reference),
            axis: Whisker.axis(),
            url: model.url, license: model.license,
            parameters: model.parameters.map { Formatting.fixed($0, $0 < 10 ? 1 : 0) })
        if let overall = rankings.overall.first(where: { $0.model == model.id }) {
            context.overall = ModelPage.Overall(
                score: Formatting.fixed(overall.score, 1), covered: overall.covered, languages: overall.languages,
                rank: overall.rank, of: overall.rank == nil ? nil : rankings.overall.filter { $0.rank != nil }.count)
        }
        let categories = CategoryStrength.pooled(model.id, boards: languagesByName.compactMap { rankings.language($0.info.code)?.primary })
        if categories.count >= 2 {
            let half = min(3, categories.count / 2)
            context.strengths = categories.prefix(half).map(ModelPage.Category.init)
            context.weaknesses = categories.suffix(half).reversed().map(ModelPage.Category.init)
            context.hasCategories = true
        }
        return layout(title: model.name, body: templates.render(.model, context), path: SitePaths.modelFile(model.id))
    }
}

/// `models/<id>/` (`model.mustache`).
enum ModelPage {
    /// Each language's primary leaderboard rows, by language code and model id.
    struct Rows: Sendable {
        let byLanguage: [String: [String: LeaderboardRow]]

        init(_ languages: [(String, [String: LeaderboardRow])]) {
            byLanguage = Dictionary(languages, uniquingKeysWith: { first, _ in first })
        }
    }

    struct Context: Encodable, Sendable {
        var name: String
        var id: String
        var organization: String
        /// "yes" or "no".
        var openWeights: String
        var mode: String
        /// A row per language whose primary leaderboard has the model, languages by name.
        var results: [Merged<LeaderboardRow, Language>]
        var hasResults: Bool
        var isReference: Bool
        var judgeName: String
        var referenceName: String
        var axis: String
        var url: String?
        var license: String?
        var parameters: String?
        var overall: Overall?
        var strengths: [Category]?
        var weaknesses: [Category]?
        /// True where there are strengths and weaknesses to show, absent otherwise.
        var hasCategories: Bool?
    }

    /// What a model page's row adds to the language's leaderboard row.
    struct Language: Encodable, Sendable {
        var language: String
        var nativeName: String
        var code: String
        var dir: String
        var url: String
        var of: Int
        /// Nil where the language has no answers of the model to show.
        var answersURL: String?
    }

    struct Overall: Encodable, Sendable {
        var score: String
        var covered: Int
        var languages: Int
        var rank: Int?
        var of: Int?
    }

    struct Category: Encodable, Sendable {
        var category: String
        var winRate: String
        var n: Int
        var languages: Int
    }
}

extension ModelPage.Category {
    init(_ strength: CategoryStrength) {
        self.init(category: strength.category, winRate: Formatting.fixed(strength.winRate, 1), n: strength.n,
                  languages: strength.languages)
    }
}
