import MPEPContent
import MPEPRank

/// A language's page (its leaderboards, progress, categories and judge agreement) and its data files.
extension SiteRenderer {
    func languageFiles(_ language: LanguageContent) -> [RenderedFile] {
        let code = language.info.code
        let ranking = rankings.language(code)
        // The primary judge first, then the others by id.
        let boards = (ranking?.leaderboards ?? []).sorted { a, b in
            let (pa, pb) = (a.judge == content.site.judge, b.judge == content.site.judge)
            return pa != pb ? pa : a.judge < b.judge
        }
        let agreement = (ranking?.agreement ?? []).map(agreementRow)
        let file = { (name: String) in paths.file(SitePaths.languageFile(code, name)) }
        let context = LanguagePage.Context(
            leaderboards: boards.map { contexts.leaderboard($0, language: language) },
            hasLeaderboards: !boards.isEmpty,
            referenceName: contexts.modelName(ranking?.reference ?? content.reference(for: language.info)),
            referenceAvgLength: ranking?.referenceAvgLength.map(Formatting.count),
            lcDifficulty: content.site.lengthControl == .difficulty,
            rounds: content.site.bootstrapRounds,
            minimumPrompts: content.site.minimumPrompts,
            categories: ranking?.primary.map(categoryTable),
            scatter: ranking?.primary.flatMap { scatterFigures($0, language: language, referenceLength: ranking?.referenceAvgLength) },
            agreement: agreement, hasAgreement: !agreement.isEmpty,
            explore: exploreLinks(language),
            jsonURL: file("leaderboard.json"), csvURL: file("leaderboard.csv"), categoriesURL: file("categories.json"),
            agreementURL: file("agreement.json"), difficultyURL: file("difficulty.json"))
        let page = layout(title: "\(language.info.name) leaderboard",
                          body: templates.render(.language, Merged(contexts.language(language), context)),
                          description: "Open models answering prompts translated into \(language.info.name).",
                          path: SitePaths.languageFile(code, "index.html"))
        // Data files only where there is a leaderboard: an empty table helps nobody, and
        // `datasets` refuses to load one.
        guard ranking?.primary?.entries.isEmpty == false else { return [page] }
        return [page] + LeaderboardData.languageFiles(ranking: ranking, code: code, primaryJudge: content.site.judge)
    }

    /// The leaderboard's figure against average answer length (with the reference's length marked),
    /// and against parameter count where at least two models give one: static SVG, each in a figure.
    private func scatterFigures(_ board: JudgeLeaderboard, language: LanguageContent, referenceLength: Int?) -> String? {
        let name = language.info.name
        let byLength = board.entries.map { Scatter.Point(label: contexts.modelName($0.model), x: Double($0.avgLength), y: $0.rankingScore) }
        let known = Dictionary(content.models.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byParameters = board.entries.compactMap { entry in
            known[entry.model]?.parameters.map { Scatter.Point(label: contexts.modelName(entry.model), x: $0, y: entry.rankingScore) }
        }
        let plots: [(String?, String)] = [
            (Scatter.svg(points: byLength, xTitle: "Average answer length (characters)", yTitle: "LC win rate (%)", scale: .linear,
                         title: "\(name): LC win rate against average answer length, one labelled point per model",
                         marker: referenceLength.map { (Double($0), "reference") }),
             "LC win rate against the average length of the model's answers; the dashed lines mark 50 (as good as the reference) and the reference's own length."),
            (Scatter.svg(points: byParameters, xTitle: "Parameters (billions, log scale)", yTitle: "LC win rate (%)", scale: .log,
                         title: "\(name): LC win rate against parameter count, for the models that give one"),
             "LC win rate against parameter count (log scale), for the models whose size is known."),
        ]
        let figures = plots.compactMap { svg, caption in
            svg.map { "<figure class=\"scatter-figure\">\($0)<figcaption>\(caption)</figcaption></figure>" }
        }
        guard !figures.isEmpty else { return nil }
        return "<div class=\"scatters\">" + figures.joined() + "</div>"
    }

    /// Models down, categories across: the win rate with n, for the primary judge.
    private func categoryTable(_ board: JudgeLeaderboard) -> LanguagePage.Categories {
        let categories = Array(Set(board.categories.map(\.category))).sorted()
        var byKey: [String: CategoryResult] = [:]
        for result in board.categories { byKey[result.category + "\u{0}" + result.model] = result }
        let rows = board.entries.map { entry in
            LanguagePage.CategoryRow(
                modelName: contexts.modelName(entry.model), modelURL: paths.model(entry.model),
                cells: categories.map { category in
                    guard let result = byKey[category + "\u{0}" + entry.model] else { return LanguagePage.CategoryCell(value: "–", n: 0) }
                    var cell = LanguagePage.CategoryCell(value: contexts.figure(result.winRate), n: result.nTotal)
                    if let low = result.ciLow, let high = result.ciHigh {
                        cell.interval = "\(Formatting.fixed(low, 1))–\(Formatting.fixed(high, 1))"
                    }
                    return cell
                })
        }
        return LanguagePage.Categories(names: categories.map(LanguagePage.Name.init), rows: rows,
                                       hasRows: !rows.isEmpty && !categories.isEmpty)
    }

    private func agreementRow(_ row: JudgeAgreementRow) -> LanguagePage.AgreementRow {
        LanguagePage.AgreementRow(
            judgeA: contexts.judgeName(row.judgeA),
            judgeB: contexts.judgeName(row.judgeB),
            human: row.involvesHuman,
            rows: row.rows,
            models: row.models,
            percent: contexts.figure(row.percentAgreement),
            kappa: row.cohensKappa.map { Formatting.fixed($0, 2) } ?? "–",
            spearmanRows: row.spearmanRows.map { Formatting.fixed($0, 2) } ?? "–",
            spearmanRanking: row.spearmanRanking.map { Formatting.fixed($0, 2) } ?? "–")
    }
}

/// `languages/<code>/`: a language's leaderboards (`leaderboard-table` partial), categories,
/// judge agreement and links into its drill-down (`explore` partial). The template reads this
/// over the language's ``LanguageSummary`` (`Merged`).
enum LanguagePage {
    struct Context: Encodable, Sendable {
        var leaderboards: [LeaderboardTable]
        var hasLeaderboards: Bool
        var referenceName: String
        var referenceAvgLength: String?
        var lcDifficulty: Bool
        var rounds: Int
        var minimumPrompts: Int
        /// The primary judge's table by category; nil without a primary leaderboard.
        var categories: Categories?
        var scatter: String?
        var agreement: [AgreementRow]
        var hasAgreement: Bool
        /// Nil where nothing was translated.
        var explore: Explore?
        var jsonURL: String
        var csvURL: String
        var categoriesURL: String
        var agreementURL: String
        var difficultyURL: String
    }

    struct Name: Encodable, Sendable {
        var name: String
    }

    struct Categories: Encodable, Sendable {
        var names: [Name]
        var rows: [CategoryRow]
        var hasRows: Bool
    }

    struct CategoryRow: Encodable, Sendable {
        var modelName: String
        var modelURL: String
        var cells: [CategoryCell]
    }

    struct CategoryCell: Encodable, Sendable {
        var value: String
        var n: Int
        var interval: String?
    }

    struct AgreementRow: Encodable, Sendable {
        var judgeA: String
        var judgeB: String
        var human: Bool
        var rows: Int
        var models: Int
        var percent: String
        var kappa: String
        var spearmanRows: String
        var spearmanRanking: String
    }

    /// The `explore` partial: the language's drill-down.
    struct Explore: Encodable, Sendable {
        var models: [ExploreModel]
        var promptsURL: String
        var promptCount: Int
        var judgmentsURL: String
        var headToHeadURL: String
    }

    struct ExploreModel: Encodable, Sendable {
        var modelName: String
        var url: String
        /// The list's last item (no separator after it).
        var last: Bool
    }
}
