/// Score-type (Wilson) intervals for a win rate: what the leaderboards draw for the win rate, because
/// the percentile bootstrap undercovers on few prompts (docs/statistics.md, "Coverage").
///
/// A win rate is the mean of per-prompt shares y in [0, 1] (`Preference.modelShare`). With whole
/// verdicts y is 0 or 1 and Wilson's interval is the textbook choice: it solves
/// `(p̂ − p)² = z² · p(1 − p) / n` for p, so it is never of zero width for n ≥ 1 (all wins on 8 prompts
/// gives 67.6–100, where the percentile bootstrap gives 100–100) and it covers close to its level from
/// a handful of prompts on. Draws and weighted judges make y spread less than a 0/1 verdict of the
/// same mean; the quasi-binomial model keeps Wilson's variance shape and scales it by the observed
/// dispersion φ = s² / (p̂(1 − p̂)) (s² with ddof 0, so φ = 1 for whole verdicts and φ ≤ 1 always):
/// `(p̂ − p)² = z² · φ · p(1 − p) / n`, i.e. Wilson on `n / φ` effective prompts. Where φ cannot be
/// estimated (no spread, or p̂ at 0 or 1) φ = 1, plain Wilson, the widest of the family: a mean of
/// values in [0, 1] has a variance of at most p(1 − p) (Bhatia–Davis), so plain Wilson is never too
/// narrow for shades and draws. φ is also left at 1 on fewer than `dispersionMinimumCount` shares and
/// when p̂ is within one whole verdict of 0 or 1 (n·p̂ < 1 or n·(1 − p̂) < 1): there a decisive judge's
/// shares (a handful of losses at 0.0001 each) have almost no spread, and φ̂ ≈ 0 drew "0.0–0.0" for
/// four prompts on the shipped site.
public enum ScoreInterval {
    /// The fewest shares whose spread is used to narrow the interval (the default `minimum_prompts`).
    public static let dispersionMinimumCount = 30

    /// The interval of `100 · mean(shares)` at `level`, in win-rate points; NaN ends without a share.
    ///
    ///     ScoreInterval.winRate([1, 1, 1, 1, 1, 1, 1, 1])   // 67.6–100 (shares: 1 = the model better)
    public static func winRate(_ shares: [Double], level: Double = 0.95) -> Interval {
        let n = Double(shares.count)
        guard let p = Descriptive.mean(shares) else { return Interval(low: .nan, high: .nan) }
        var dispersion = 1.0
        if shares.count >= dispersionMinimumCount, n * p >= 1, n * (1 - p) >= 1 {
            var squares = 0.0
            for y in shares { squares += (y - p) * (y - p) }
            // ddof 0: exactly 1 for whole verdicts (plain Wilson), below 1 for shades, never above.
            let spread = squares / n / (p * (1 - p))
            if spread > 0 { dispersion = min(spread, 1) }
        }
        let z = Normal.quantile(0.5 + level / 2)
        let m = n / dispersion   // effective number of whole verdicts
        let z2 = z * z
        let centre = (p + z2 / (2 * m)) / (1 + z2 / m)
        let half = z / (1 + z2 / m) * (p * (1 - p) / m + z2 / (4 * m * m)).squareRoot()
        return Interval(low: 100 * max(0, centre - half), high: 100 * min(1, centre + half))
    }

    /// `winRate` over the shares of the preferences that count (`Preference.modelShare`).
    public static func winRate(preferences: [Double?], level: Double = 0.95) -> Interval {
        winRate(preferences.compactMap(Preference.modelShare), level: level)
    }
}

/// The standard normal distribution.
public enum Normal {
    /// Φ(x), through the C library's erfc (accurate in both tails).
    public static func cdf(_ x: Double) -> Double { 0.5 * _erfc(-x / 2.0.squareRoot()) }

    /// Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (relative error below 1.2e-9), ample
    /// for an interval's z.
    public static func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "a probability strictly between 0 and 1")
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        if p < low {
            let q = (-2 * _log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - low { return -quantile(1 - p) }
        let q = p - 0.5, r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
