/// A judge's discrete verdict on one row.
public enum Verdict: Int, Sendable, Codable, CaseIterable {
    /// The reference's output is better (preference 1).
    case reference
    /// Neither is better (preference 1.5, or legacy 0).
    case draw
    /// The model's output is better (preference 2).
    case model
}

/// AlpacaEval's encoding of a preference, read in one place so every statistic agrees on it.
///
/// 1 = the reference's output is better, 2 = the model's, 1.5 = draw, legacy 0 = draw, fractional values in
/// [1, 2] from weighted judges, nil = no verdict. Anything else (NaN, infinities, values outside [1, 2] other
/// than 0) is dropped, as AlpacaEval drops it.
public enum Preference {
    /// The preference as a number in [1, 2] (legacy 0 read as 1.5), or nil when the row does not count.
    ///
    ///     Preference.normalized(0)    // 1.5
    ///     Preference.normalized(2.7)  // nil
    public static func normalized(_ preference: Double?) -> Double? {
        guard let p = preference else { return nil }
        if p == 0 { return 1.5 }
        return (1...2).contains(p) ? p : nil   // NaN fails the range test
    }

    /// The model's share of the win on one row, `p − 1` in [0, 1]: the quantity all win rates average.
    public static func modelShare(_ preference: Double?) -> Double? {
        normalized(preference).map { $0 - 1 }
    }

    /// The discrete verdict as AlpacaEval's `ZeroOneScoringRule` reads it: 1.5 and 0 are draws, anything else is
    /// rounded half-to-even (numpy's rule) and must land on 0 (draw), 1 or 2.
    ///
    /// Like AlpacaEval, this counts a few values the continuous rule drops (0.4 rounds to 0, a draw; 2.3 to 2).
    public static func verdict(_ preference: Double?) -> Verdict? {
        guard let p = preference, p.isFinite else { return nil }
        if p == 1.5 { return .draw }
        switch p.rounded(.toNearestOrEven) {
        case 0: return .draw
        case 1: return .reference
        case 2: return .model
        default: return nil
        }
    }
}
