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
                        cell["interval"] = "95% interval \(Formatting.fixed(low, 1))–\(Formatting.fixed(high, 1))"
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
