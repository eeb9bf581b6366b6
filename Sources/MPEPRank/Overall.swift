/// The cross-language view: one score per model over the languages it was evaluated in.
///
/// The rule for partial coverage: a model's overall score is the mean of its shown LC (primary judge)
/// over the languages where that LC is an estimate on enough prompts: a flat fit (no estimate) and a
/// provisional row (too few prompts) are left out, and so is a language where the LC is undefined, so
/// the mean never mixes the LC with win rates or with the penalty's 50. It is
/// ranked overall only when it covers at least two languages and at least half of the languages
/// with a leaderboard; otherwise it is listed with its coverage and no overall rank, so no model
/// is ever ranked overall on one language, and a model cannot climb by skipping hard languages.
public enum Overall {
    public static func isRanked(covered: Int, languages: Int) -> Bool {
        covered >= 2 && 2 * covered >= languages
    }

    static func entries(_ languages: [LanguageRanking]) -> [OverallEntry] {
        let boards = languages.compactMap(\.primary).filter { !$0.entries.isEmpty }
        var scores: [String: [Double]] = [:]
        for board in boards {
            for entry in board.entries where !entry.provisional {
                if let lc = entry.estimatedLC { scores[entry.model, default: []].append(lc) }
            }
        }
        var entries = scores.keys.sorted().map { model -> OverallEntry in
            let values = scores[model]!
            return OverallEntry(model: model, score: values.reduce(0, +) / Double(values.count),
                                covered: values.count, languages: boards.count, rank: nil)
        }
        entries.sort { a, b in
            let (ra, rb) = (isRanked(covered: a.covered, languages: a.languages),
                            isRanked(covered: b.covered, languages: b.languages))
            if ra != rb { return ra }
            if ra { return (a.score, b.model) > (b.score, a.model) }
            return (a.covered, a.score, b.model) > (b.covered, b.score, a.model)
        }
        var previous: (score: Double, rank: Int)?
        for i in entries.indices where isRanked(covered: entries[i].covered, languages: entries[i].languages) {
            let rank = previous.map { $0.score == entries[i].score ? $0.rank : i + 1 } ?? 1
            entries[i].rank = rank
            previous = (entries[i].score, rank)
        }
        return entries
    }
}
