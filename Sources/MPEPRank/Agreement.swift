import MPEPContent
import MPEPStats

/// Does a judge agree with another, and with people? Every pair of judges with annotations in a
/// language is compared on the (model, prompt) rows both judged.
enum Agreement {
    static func rows(_ matrices: [String: (JudgeMatrix, JudgeLeaderboard)], language: String,
                     judgeKinds: [String: JudgeInfo.Kind]) -> [JudgeAgreementRow] {
        let judges = matrices.keys.sorted()
        var rows: [JudgeAgreementRow] = []
        for (a, judgeA) in judges.enumerated() {
            for judgeB in judges[(a + 1)...] {
                let (ma, ba) = matrices[judgeA]!, (mb, bb) = matrices[judgeB]!
                let pair = aligned(ma, mb)
                let agreement = judgeAgreement(pair.a, pair.b)
                rows.append(JudgeAgreementRow(
                    language: language, judgeA: judgeA, judgeB: judgeB,
                    involvesHuman: judgeKinds[judgeA] == .human || judgeKinds[judgeB] == .human,
                    rows: agreement.rows, percentAgreement: finite(agreement.percentAgreement),
                    cohensKappa: finite(agreement.cohensKappa), spearmanRows: finite(agreement.spearman),
                    spearmanRanking: rankingCorrelation(ba, bb), models: pair.models))
            }
        }
        return rows
    }

    /// Both judges' preferences on the rows they share: same models, same prompts, same order.
    static func aligned(_ a: JudgeMatrix, _ b: JudgeMatrix) -> (a: [Double?], b: [Double?], models: Int) {
        var first: [Double?] = [], second: [Double?] = []
        var models = 0
        for (ma, model) in a.models.enumerated() {
            guard let mb = b.models.firstIndex(of: model) else { continue }
            models += 1
            for (i, id) in a.prompts.enumerated() {
                guard let j = b.promptIndex[id] else { continue }
                let pa = a.preferences[ma][i], pb = b.preferences[mb][j]
                if pa != nil, pb != nil {
                    first.append(pa)
                    second.append(pb)
                }
            }
        }
        return (first, second, models)
    }

    /// Spearman correlation of the win rates two judges give the models they share (nil under 3 models).
    static func rankingCorrelation(_ a: JudgeLeaderboard, _ b: JudgeLeaderboard) -> Double? {
        let rates = Dictionary(b.entries.map { ($0.model, $0.winRate) }, uniquingKeysWith: { x, _ in x })
        var x: [Double] = [], y: [Double] = []
        for entry in a.entries.sorted(by: { $0.model < $1.model }) {
            if let other = rates[entry.model], entry.winRate.isFinite, other.isFinite {
                x.append(entry.winRate)
                y.append(other)
            }
        }
        return x.count >= 3 ? finite(spearman(x, y)) : nil
    }

    /// Per pair of judges, over every language: rows pooled, ranking correlation over (language, model).
    static func pooled(_ languages: [LanguageRanking]) -> [JudgeAgreementRow] {
        var byPair: [String: [JudgeAgreementRow]] = [:]
        for language in languages {
            for row in language.agreement { byPair[row.judgeA + "\u{0}" + row.judgeB, default: []].append(row) }
        }
        return byPair.keys.sorted().map { key in
            let rows = byPair[key]!
            let total = rows.reduce(0) { $0 + $1.rows }
            func weighted(_ value: (JudgeAgreementRow) -> Double?) -> Double? {
                let parts = rows.compactMap { row in value(row).map { ($0, Double(row.rows)) } }
                let weight = parts.reduce(0) { $0 + $1.1 }
                return weight > 0 ? parts.reduce(0) { $0 + $1.0 * $1.1 } / weight : nil
            }
            return JudgeAgreementRow(
                language: nil, judgeA: rows[0].judgeA, judgeB: rows[0].judgeB, involvesHuman: rows[0].involvesHuman,
                rows: total, percentAgreement: weighted(\.percentAgreement), cohensKappa: weighted(\.cohensKappa),
                spearmanRows: weighted(\.spearmanRows), spearmanRanking: weighted(\.spearmanRanking),
                models: rows.map(\.models).max() ?? 0)
        }
    }
}
