import MPEPContent
import MPEPRank
import MPEPTemplates

/// `models/<id>/`: one model's story across languages. Its overall figure first, then a row per
/// language in the leaderboards' own terms (the same row context, so the same figures, 95%
/// intervals and chart, and the judge named), languages by name (the table sorts by score with a
/// click), its best and worst prompt categories, and links to its answers in each language.
extension SiteRenderer {
    func modelPage(_ model: ModelInfo) -> RenderedFile? {
        var results: [[String: TemplateValue]] = []
        for language in languagesByName {
            let code = language.info.code
            guard let board = rankings.language(code)?.primary,
                  var row = zip(board.entries, contexts.rows(board)).first(where: { $0.0.model == model.id })?.1 else { continue }
            row["language"] = .text(language.info.name)
            row["native_name"] = .text(language.info.nativeName)
            row["code"] = .text(code)
            row["dir"] = .text(language.info.direction.rawValue)
            row["url"] = .text(paths.language(code))
            row["of"] = .number(board.entries.filter { !$0.provisional }.count)
            if !language.prompts.isEmpty, language.files.outputs.contains(model.id) {
                row["answers_url"] = .text(paths.languageModel(code, model.id))
            }
            results.append(row)
        }
        var context: [String: TemplateValue] = [
            "name": .text(model.name),
            "id": .text(model.id),
            "organization": .text(model.organization),
            "open_weights": model.openWeights ? "yes" : "no",
            "mode": .text(model.mode.rawValue),
            "results": .objects(results),
            "has_results": .bool(!results.isEmpty),
            "is_reference": .bool(content.languages.contains { content.reference(for: $0.info) == model.id }),
            "judge_name": .text(contexts.judgeName(content.site.judge)),
            "reference_name": .text(contexts.modelName(content.site.reference)),
            "axis": .text(Whisker.axis()),
        ]
        if let overall = rankings.overall.first(where: { $0.model == model.id }) {
            var summary: [String: TemplateValue] = [
                "score": .text(Formatting.fixed(overall.score, 1)),
                "covered": .number(overall.covered), "languages": .number(overall.languages),
            ]
            if let rank = overall.rank {
                summary["rank"] = .number(rank)
                summary["of"] = .number(rankings.overall.filter { $0.rank != nil }.count)
            }
            context["overall"] = .object(summary)
        }
        let categories = Self.categoryStrengths(model.id, boards: languagesByName.compactMap { rankings.language($0.info.code)?.primary })
        if categories.count >= 2 {
            let half = min(3, categories.count / 2)
            context["strengths"] = .objects(categories.prefix(half).map(\.context))
            context["weaknesses"] = .objects(categories.suffix(half).reversed().map(\.context))
            context["has_categories"] = true
        }
        if let url = model.url { context["url"] = .text(url) }
        if let license = model.license { context["license"] = .text(license) }
        if let parameters = model.parameters { context["parameters"] = .text(Formatting.fixed(parameters, parameters < 10 ? 1 : 0)) }
        return layout(title: model.name, body: templates.render("model", context), path: SitePaths.modelFile(model.id))
    }

    /// A model's win rate in one prompt category, pooled over the languages (weighted by prompts judged).
    struct CategoryStrength {
        var category: String
        var winRate: Double
        var n: Int
        var languages: Int

        var context: [String: TemplateValue] {
            ["category": .text(category), "win_rate": .text(Formatting.fixed(winRate, 1)),
             "n": .number(n), "languages": .number(languages)]
        }
    }

    /// Categories best first. Only the primary judge's boards, only categories with a win rate.
    static func categoryStrengths(_ model: String, boards: [JudgeLeaderboard]) -> [CategoryStrength] {
        var pooled: [String: CategoryStrength] = [:]
        for board in boards {
            for result in board.categories where result.model == model && result.nTotal > 0 {
                guard let rate = result.winRate, rate.isFinite else { continue }
                var entry = pooled[result.category] ?? CategoryStrength(category: result.category, winRate: 0, n: 0, languages: 0)
                entry.winRate = (entry.winRate * Double(entry.n) + rate * Double(result.nTotal)) / Double(entry.n + result.nTotal)
                entry.n += result.nTotal
                entry.languages += 1
                pooled[result.category] = entry
            }
        }
        return pooled.values.sorted { ($1.winRate, $0.category) < ($0.winRate, $1.category) }
    }
}
