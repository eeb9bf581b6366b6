import MPEPContent
import MPEPRank
import MPEPTemplates

/// A language's page (its leaderboards, progress, categories and judge agreement) and its data files.
extension SiteRenderer {
    func languageFiles(_ language: LanguageContent) -> [RenderedFile] {
        let code = language.info.code
        let ranking = rankings.language(code)
        var context = contexts.language(language)
        // The primary judge first, then the others by id.
        let boards = (ranking?.leaderboards ?? []).sorted { a, b in
            let (pa, pb) = (a.judge == content.site.judge, b.judge == content.site.judge)
            return pa != pb ? pa : a.judge < b.judge
        }
        context["leaderboards"] = .objects(boards.map { board in
            var table = contexts.leaderboard(board, language: language)
            table["primary"] = .bool(board.judge == content.site.judge)
            return table
        })
        context["has_leaderboards"] = .bool(!boards.isEmpty)
        context["reference_name"] = .text(contexts.modelName(ranking?.reference ?? content.reference(for: language.info)))
        if let avg = ranking?.referenceAvgLength { context["reference_avg_length"] = .text(Formatting.count(avg)) }
        context["lc_difficulty"] = .bool(content.site.lengthControl == .difficulty)
        context["rounds"] = .number(content.site.bootstrapRounds)
        context["minimum_prompts"] = .number(content.site.minimumPrompts)
        if let primary = ranking?.primary {
            context["categories"] = .object(categoryTable(primary))
            if let scatter = scatterFigures(primary, language: language, referenceLength: ranking?.referenceAvgLength) {
                context["scatter"] = .text(scatter)
            }
        }
        let agreement = (ranking?.agreement ?? []).map(agreementRow)
        context["agreement"] = .objects(agreement)
        context["has_agreement"] = .bool(!agreement.isEmpty)
        context["explore"] = exploreLinks(language).map(TemplateValue.object)
        for (key, name) in [("json_url", "leaderboard.json"), ("csv_url", "leaderboard.csv"),
                            ("categories_url", "categories.json"), ("agreement_url", "agreement.json"),
                            ("difficulty_url", "difficulty.json")] {
            context[key] = .text(paths.file(SitePaths.languageFile(code, name)))
        }
        let page = layout(title: "\(language.info.name) leaderboard", body: templates.render("language", context),
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
    private func categoryTable(_ board: JudgeLeaderboard) -> [String: TemplateValue] {
        let categories = Array(Set(board.categories.map(\.category))).sorted()
        var byKey: [String: CategoryResult] = [:]
        for result in board.categories { byKey[result.category + "\u{0}" + result.model] = result }
        let rows: [[String: TemplateValue]] = board.entries.map { entry in
            [
                "model_name": .text(contexts.modelName(entry.model)),
                "model_url": .text(paths.model(entry.model)),
                "cells": .objects(categories.map { category in
                    guard let result = byKey[category + "\u{0}" + entry.model] else { return ["value": "–", "n": 0] }
                    var cell: [String: TemplateValue] = ["value": .text(contexts.figure(result.winRate)), "n": .number(result.nTotal)]
                    if let low = result.ciLow, let high = result.ciHigh {
                        cell["interval"] = .text("\(Formatting.fixed(low, 1))–\(Formatting.fixed(high, 1))")
                    }
                    return cell
                }),
            ]
        }
        return ["names": .objects(categories.map { ["name": .text($0)] }), "rows": .objects(rows),
                "has_rows": .bool(!rows.isEmpty && !categories.isEmpty)]
    }

    private func agreementRow(_ row: JudgeAgreementRow) -> [String: TemplateValue] {
        [
            "judge_a": .text(contexts.judgeName(row.judgeA)),
            "judge_b": .text(contexts.judgeName(row.judgeB)),
            "human": .bool(row.involvesHuman),
            "rows": .number(row.rows),
            "models": .number(row.models),
            "percent": .text(contexts.figure(row.percentAgreement)),
            "kappa": .text(row.cohensKappa.map { Formatting.fixed($0, 2) } ?? "–"),
            "spearman_rows": .text(row.spearmanRows.map { Formatting.fixed($0, 2) } ?? "–"),
            "spearman_ranking": .text(row.spearmanRanking.map { Formatting.fixed($0, 2) } ?? "–"),
        ]
    }
}
