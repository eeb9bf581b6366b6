import MPEPContent
import MPEPRank

/// The index's cross-language view: every model's ranking figure in every language as a heat
/// map, its overall score where the coverage rule allows one, and its coverage.
extension SiteRenderer {
    func heatMapSVG() -> String? {
        let ranked = languagesByName.filter { !(rankings.language($0.info.code)?.primary?.entries.isEmpty ?? true) }
        guard !ranked.isEmpty else { return nil }
        // Models with an Overall entry first (its order); then those whose every result was left
        // out of Overall (flat fits, provisional), so no model disappears from the map.
        let inOverall = Set(rankings.overall.map(\.model))
        let others = Set(ranked.flatMap { rankings.language($0.info.code)?.primary?.entries.map(\.model) ?? [] })
            .subtracting(inOverall).sorted { (contexts.modelName($0), $0) < (contexts.modelName($1), $1) }
        let overallRows: [(String, OverallEntry?)] = rankings.overall.map { ($0.model, $0) } + others.map { ($0, nil) }
        let rows = overallRows.map { model, overall -> HeatMap.Row in
            let name = contexts.modelName(model)
            var cells = ranked.map { language in heatMapCell(model: model, name: name, language: language) }
            if let overall, overall.rank != nil {
                cells.append(HeatMap.Cell(value: overall.score, url: paths.model(model),
                                          label: "\(name) overall: \(Formatting.fixed(overall.score, 1)), rank \(overall.rank ?? 0)"))
            } else {
                cells.append(HeatMap.Cell(value: nil, url: nil, label: "\(name): no overall score (too few languages with an estimate)"))
            }
            return HeatMap.Row(name: name, cells: cells,
                               note: "\(overall?.covered ?? 0)/\(overall?.languages ?? ranked.count)")
        }
        let figure = content.site.lengthControl == .difficulty ? "difficulty-adjusted LC" : "LC"
        return HeatMap.svg(columns: ranked.map(\.info.name) + ["Overall"], noteTitle: "Coverage", rows: rows,
                           title: "Heat map of \(figure) win rates by model and language")
    }

    /// One language's cell: the LC where it is an estimate (a provisional one outlined, not coloured),
    /// a dash with the reason where the fit found nothing to estimate; n in every label.
    private func heatMapCell(model: String, name: String, language: LanguageContent) -> HeatMap.Cell {
        let code = language.info.code
        guard let entry = rankings.entry(model: model, language: code) else {
            return HeatMap.Cell(value: nil, url: nil, label: "\(name) in \(language.info.name): not evaluated")
        }
        let url = paths.languageModel(code, model)
        let subject = "\(name) in \(language.info.name), \(entry.nTotal) prompts"
        guard let lc = entry.estimatedLC else {
            return HeatMap.Cell(value: nil, url: url,
                                label: "\(subject): no length-controlled estimate; win rate \(Formatting.fixed(entry.winRate, 1))")
        }
        if entry.provisional {
            return HeatMap.Cell(value: lc, url: url, label: "\(subject): \(Formatting.fixed(lc, 1)), provisional (too few prompts), not ranked",
                                provisional: true)
        }
        let of = rankings.language(code)?.primary?.entries.filter { !$0.provisional }.count ?? 0
        let by = entry.rankFigure == .winRate ? " by win rate" : ""
        return HeatMap.Cell(value: lc, url: url, label: "\(subject): \(Formatting.fixed(lc, 1)), rank \(Contexts.rankText(entry)) of \(of)\(by)")
    }
}
