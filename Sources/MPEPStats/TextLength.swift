/// The length of a text as Python's `len()` counts it: Unicode scalars (code points), not Swift's
/// grapheme clusters, because AlpacaEval's lengths and length control are computed that way.
///
///     codePointLength("e\u{301}🇳🇱")   // 4 (Swift's `count` says 2)
public func codePointLength(_ text: String) -> Int {
    text.unicodeScalars.count
}

/// AlpacaEval's `avg_length`: `int(mean(lengths))`, the mean truncated toward zero; 0 for no outputs.
public func averageLength(_ lengths: [Int]) -> Int {
    guard !lengths.isEmpty else { return 0 }
    let sum = lengths.reduce(0.0) { $0 + Double($1) }
    return Int(sum / Double(lengths.count))
}
