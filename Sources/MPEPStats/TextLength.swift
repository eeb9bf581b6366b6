/// The length of a text as Python's `len()` counts it: Unicode scalars (code points), not Swift's
/// grapheme clusters, because AlpacaEval's lengths and length control are computed that way.
///
///     codePointLength("e\u{301}🇳🇱")   // 4 (Swift's `count` says 2)
public func codePointLength(_ text: String) -> Int {
    // A String's UTF-8 is valid, so each scalar has exactly one byte that is not a continuation
    // byte (10xxxxxx): the length is the byte count less the continuation bytes, counted eight at a
    // time instead of decoding every scalar (the rank stage counts every output of a language).
    var text = text
    return text.withUTF8 { bytes in
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        var continuation = 0, i = 0
        while i &+ 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // 1 in each byte whose bit 7 is set and bit 6 clear; the multiply sums the bytes into the top one.
            let marks = (word & ~(word &<< 1) & 0x8080_8080_8080_8080) &>> 7
            continuation &+= Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) &>> 56)
            i &+= 8
        }
        for byte in bytes[i...] where byte & 0xC0 == 0x80 { continuation &+= 1 }
        return bytes.count - continuation
    }
}

/// AlpacaEval's `avg_length`: `int(mean(lengths))`, the mean truncated toward zero; 0 for no outputs.
public func averageLength(_ lengths: [Int]) -> Int {
    guard !lengths.isEmpty else { return 0 }
    let sum = lengths.reduce(0.0) { $0 + Double($1) }
    return Int(sum / Double(lengths.count))
}
