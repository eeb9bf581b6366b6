/// The length of a text as Python's `len()` counts it: Unicode scalars (code points), not Swift's
/// grapheme clusters, because AlpacaEval's lengths and length control are computed that way.
///
///     codePointLength("e\u{301}🇳🇱")   // 4 (Swift's `count` says 2)
public func codePointLength(_ text: String) -> Int {
    // A String's UTF-8 is valid, so each scalar has exactly one byte that is not a continuation
    // byte (10xxxxxx); counting those is a vectorisable loop instead of decoding every scalar.
    var text = text
    return text.withUTF8 { bytes in
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

/// AlpacaEval's `avg_length`: `int(mean(lengths))`, the mean truncated toward zero; 0 for no outputs.
public func averageLength(_ lengths: [Int]) -> Int {
    guard !lengths.isEmpty else { return 0 }
    let sum = lengths.reduce(0.0) { $0 + Double($1) }
    return Int(sum / Double(lengths.count))
}
