/// Number formatting that never depends on the machine's locale, so two builds anywhere
/// produce the same bytes (no "12,5" on a Dutch laptop, no grouping separators).
public enum Formatting {
    /// `value` rounded half away from zero to `digits` decimals: `fixed(12.345, 1)` is "12.3".
    public static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let integer = Int64(scaled)
        var unit: Int64 = 1
        for _ in 0..<digits { unit *= 10 }
        let whole = integer / unit
        let fraction = integer % unit
        let sign = value < 0 && integer != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    /// A percentage of `part` in `whole`, as a whole number ("93"), 0 when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return Int((Double(part) * 100 / Double(whole)).rounded(.down))
    }

    /// Whole numbers with a thin space between thousands, which reads in every language.
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "\u{202F}" }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
