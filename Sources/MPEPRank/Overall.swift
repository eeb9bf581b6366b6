/// The cross-language view: one score per model over the languages it was evaluated in.
///
/// The rule for partial coverage: a model's overall score is the mean of its ranking figure
/// (the shown LC, else the win rate; primary judge) over the languages that evaluated it. It is
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
            for entry in board.entries where entry.rankingScore.isFinite {
                scores[entry.model, default: []].append(entry.rankingScore)
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
