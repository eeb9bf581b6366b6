/// How far two judges agree on the same rows.
public struct JudgeAgreement: Sendable, Equatable, Codable {
    /// Rows where both judges gave a verdict.
    public var rows: Int
    /// 100 · share of those rows with the same discrete verdict (reference / draw / model).
    public var percentAgreement: Double
    /// Cohen's kappa of the discrete verdicts: agreement corrected for chance.
    public var cohensKappa: Double
    /// Spearman rank correlation of the continuous preferences (p − 1).
    public var spearman: Double

    public init(rows: Int, percentAgreement: Double, cohensKappa: Double, spearman: Double) {
        self.rows = rows
        self.percentAgreement = percentAgreement
        self.cohensKappa = cohensKappa
        self.spearman = spearman
    }
}

/// Agreement of two judges' preferences on the same rows (same order). Rows where either judge gave no
/// countable verdict are left out; figures are NaN when undefined (no rows, or a constant judge).
public func judgeAgreement(_ first: [Double?], _ second: [Double?]) -> JudgeAgreement {
    precondition(first.count == second.count, "both judges must rate the same rows")
    var a: [Verdict] = [], b: [Verdict] = []
    var x: [Double] = [], y: [Double] = []
    for i in first.indices {
        guard let va = Preference.verdict(first[i]), let vb = Preference.verdict(second[i]),
              let sa = Preference.modelShare(first[i]), let sb = Preference.modelShare(second[i]) else { continue }
        a.append(va); b.append(vb); x.append(sa); y.append(sb)
    }
    let same = zip(a, b).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
    return JudgeAgreement(
        rows: a.count,
        percentAgreement: a.isEmpty ? .nan : 100 * Double(same) / Double(a.count),
        cohensKappa: cohensKappa(a, b),
        spearman: spearman(x, y))
}

/// Cohen's kappa of two raters' categories: (p_o − p_e) / (1 − p_e), as scikit-learn's `cohen_kappa_score`.
/// NaN with no rows, or when chance agreement is already total (both raters constant and equal).
public func cohensKappa<T: Hashable>(_ first: [T], _ second: [T]) -> Double {
    precondition(first.count == second.count, "both raters must rate the same items")
    let n = Double(first.count)
    guard n > 0 else { return .nan }
    // Categories in order of first appearance, so the sums run in the same order in every process
    // (Dictionary order changes from run to run, and with it the last bits).
    var slot: [T: Int] = [:]
    var countA: [Double] = [], countB: [Double] = []
    func index(_ category: T) -> Int {
        if let k = slot[category] { return k }
        slot[category] = countA.count
        countA.append(0)
        countB.append(0)
        return countA.count - 1
    }
    var observed = 0.0
    for (u, v) in zip(first, second) {
        countA[index(u)] += 1
        countB[index(v)] += 1
        if u == v { observed += 1 }
    }
    var expected = 0.0
    for k in countA.indices { expected += countA[k] * countB[k] }
    let po = observed / n, pe = expected / (n * n)
    return pe == 1 ? .nan : (po - pe) / (1 - pe)
}

/// Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank
/// (as `scipy.stats.spearmanr`). NaN below two pairs or when either vector is constant.
public func spearman(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "spearman needs paired values")
    guard x.count > 1 else { return .nan }
    return pearson(averageRanks(x), averageRanks(y))
}

/// 1-based ranks, tied values sharing the mean of the ranks they span.
func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
        let rank = Double(start + end) / 2 + 1
        for k in start...end { ranks[order[k]] = rank }
        start = end + 1
    }
    return ranks
}

/// Pearson's correlation; NaN when either vector is constant.
func pearson(_ x: [Double], _ y: [Double]) -> Double {
    guard let mx = Descriptive.mean(x), let my = Descriptive.mean(y) else { return .nan }
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for i in x.indices {
        sxy += (x[i] - mx) * (y[i] - my)
        sxx += (x[i] - mx) * (x[i] - mx)
        syy += (y[i] - my) * (y[i] - my)
    }
    return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : .nan
}
