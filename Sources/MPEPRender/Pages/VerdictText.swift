import MPEPStats

/// A judge's preference in words and on the site's one scale for a verdict: the model's share of the
/// win in % (0 = the reference's answer better, 50 = a draw, 100 = the model's), the quantity whose
/// mean over prompts is the win rate, so a verdict and a leaderboard read on the same scale
/// (AlpacaEval's 1-to-2 values stay in `judgments.json`).
///
/// Words follow `Preference.normalized` (legacy 0 is a draw; values outside the scale do not
/// count), and the value is shown beside them because weighted judges give shades (73 is
/// "model better", but less surely than 100).
struct VerdictText {
    /// "model better", "reference better", "draw" or "no verdict".
    let words: String
    /// A CSS class naming the outcome, for colour that repeats the words (never replaces them).
    let kind: String
    /// The model's share of the win in % ("73%"; AlpacaEval's 1.73), or "–" without a verdict.
    let value: String
    /// The model's share of the win in [0, 1] (nil without a verdict): sorts answers best first.
    let share: Double?

    init(_ preference: Double?) {
        share = Preference.modelShare(preference)
        value = share.map { Formatting.fixed(100 * $0, 0) + "%" } ?? "–"
        switch Preference.normalized(preference) {
        case nil: (words, kind) = ("no verdict", "none")
        case let p? where p > 1.5: (words, kind) = ("model better", "model")
        case let p? where p < 1.5: (words, kind) = ("reference better", "reference")
        default: (words, kind) = ("draw", "draw")
        }
    }

    /// A table cell for a judge that did not see the answer (a human judge labels a sample).
    static let notJudged = Cell(words: "not judged", kind: "none", value: "", sort: "")

    /// The verdict as a table cell.
    var cell: Cell {
        Cell(words: words, kind: kind, value: value, sort: share.map { Formatting.fixed($0, 3) } ?? "")
    }

    /// What a template shows of a verdict. `sort` is the share as a number, empty without a
    /// verdict, so a sorted column puts those rows last; nil (absent) where the table does not sort.
    struct Cell: Encodable, Sendable {
        var words: String
        var kind: String
        var value: String
        var sort: String?
    }
}
