import MPEPContent
import MPEPRank

/// The index's cross-language view: every model's ranking figure in every language as a heat
/// map, its overall score where the coverage rule allows one, and its coverage.
extension SiteRenderer {
    func heatMapSVG() -> String? {
        let ranked = languagesByName.filter { !(rankings.language($0.info.code)?.primary?.entries.isEmpty ?? true) }
        guard !ranked.isEmpty, !rankings.overall.isEmpty else { return nil }
        let rows = rankings.overall.map { overall -> HeatMap.Row in
            let name = contexts.modelName(overall.model)
            var cells = ranked.map { language -> HeatMap.Cell in
                let code = language.info.code
                guard let entry = rankings.entry(model: overall.model, language: code) else {
                    return HeatMap.Cell(value: nil, url: nil, label: "\(name) in \(language.info.name): not evaluated")
                }
                let of = rankings.language(code)?.primary?.entries.count ?? 0
                return HeatMap.Cell(value: entry.rankingScore, url: paths.languageModel(code, overall.model),
                                    label: "\(name) in \(language.info.name): \(Formatting.fixed(entry.rankingScore, 1)), rank \(entry.rank) of \(of)")
            }
            cells.append(overall.rank == nil
                ? HeatMap.Cell(value: nil, url: nil, label: "\(name): no overall score (too few languages)")
                : HeatMap.Cell(value: overall.score, url: paths.model(overall.model),
                               label: "\(name) overall: \(Formatting.fixed(overall.score, 1)), rank \(overall.rank ?? 0)"))
            return HeatMap.Row(name: name, cells: cells, note: "\(overall.covered)/\(overall.languages)")
        }
        let figure = content.site.lengthControl == .difficulty ? "difficulty-adjusted LC" : "LC"
        return HeatMap.svg(columns: ranked.map(\.info.name) + ["Overall"], noteTitle: "Coverage", rows: rows,
                           title: "Heat map of \(figure) win rates by model and language")
    }
}
