import MPEPStats

/// Writes fictional Markdown answers straight into a JSON line, already escaped.
///
/// Half a million answers of ~1,500 code points must be written in seconds, so phrases are
/// escaped once (`Piece`) and answers are assembled by appending bytes, counting code points
/// as they go (the length the judge's length bias and length control see).
struct AnswerWriter: Sendable {
    /// A phrase as escaped JSON bytes, with its length in code points before escaping.
    struct Piece: Sendable {
        let bytes: [UInt8]
        let length: Int

        init(_ text: String) {
            bytes = JSONText.escaped(text)
            length = text.unicodeScalars.count
        }
    }

    let sentences: [Piece]
    let items: [Piece]
    let headings: [Piece]
    let header: [Piece]
    let cells: [Piece]
    let space: Piece
    let code: [Piece]

    init(_ book: Phrasebook) {
        sentences = book.sentences.map(Piece.init)
        items = book.items.map(Piece.init)
        headings = book.headings.map(Piece.init)
        header = book.tableHeader.map(Piece.init)
        cells = book.cells.map(Piece.init)
        space = Piece(book.space)
        code = AnswerWriter.snippets.map(Piece.init)
    }

    /// Appends one answer of about `target` code points (it stops at the first block that
    /// reaches it) and returns its exact length. Coding prompts get code blocks more often.
    func write(target: Int, coding: Bool, rng: inout SplitMix64, into out: inout [UInt8]) -> Int {
        var length = paragraph(rng: &rng, into: &out)
        var previousWasList = false
        while length < target {
            length += append("\n\n", into: &out)
            let roll = rng.nextUnit()
            let codeShare = coding ? 0.25 : 0.04
            // Two lists in a row would merge into one in Markdown: a paragraph goes between.
            let isList = !previousWasList && roll >= codeShare + 0.05 && roll < codeShare + 0.38
            switch roll {
            case ..<codeShare: length += codeBlock(rng: &rng, into: &out)
            case ..<(codeShare + 0.05): length += table(rng: &rng, into: &out)
            case ..<(codeShare + 0.25) where isList: length += list(numbered: false, rng: &rng, into: &out)
            case ..<(codeShare + 0.38) where isList: length += list(numbered: true, rng: &rng, into: &out)
            case (codeShare + 0.38)..<(codeShare + 0.48):
                length += append("## ", into: &out) + put(rng.pick(headings), into: &out)
                length += append("\n\n", into: &out) + paragraph(rng: &rng, into: &out)
            default: length += paragraph(rng: &rng, into: &out)
            }
            previousWasList = isList
        }
        return length
    }

    private func paragraph(rng: inout SplitMix64, into out: inout [UInt8]) -> Int {
        var length = 0
        var previous = -1
        for index in 0..<(2 + rng.next(upperBound: 4)) {
            if index > 0 { length += put(space, into: &out) }
            var pick = rng.next(upperBound: sentences.count)
            if pick == previous { pick = (pick + 1) % sentences.count }  // no sentence twice in a row
            length += put(sentences[pick], into: &out)
            previous = pick
        }
        return length
    }

    private func list(numbered: Bool, rng: inout SplitMix64, into out: inout [UInt8]) -> Int {
        var length = 0
        // Consecutive items from a random start: no item twice in one list.
        let start = rng.next(upperBound: items.count)
        for index in 0..<min(3 + rng.next(upperBound: 4), items.count) {
            if index > 0 { length += append("\n", into: &out) }
            length += append(numbered ? "\(index + 1). " : "- ", into: &out)
            length += put(items[(start + index) % items.count], into: &out)
            if rng.chance(0.5) {
                length += append(": ", into: &out) + put(rng.pick(sentences), into: &out)
            }
        }
        return length
    }

    private func table(rng: inout SplitMix64, into out: inout [UInt8]) -> Int {
        var length = append("|", into: &out)
        for cell in header { length += append(" ", into: &out) + put(cell, into: &out) + append(" |", into: &out) }
        length += append("\n| --- | --- | --- |", into: &out)
        for _ in 0..<(2 + rng.next(upperBound: 3)) {
            length += append("\n|", into: &out)
            for _ in header {
                length += append(" ", into: &out) + put(rng.pick(cells), into: &out) + append(" |", into: &out)
            }
        }
        return length
    }

    private func codeBlock(rng: inout SplitMix64, into out: inout [UInt8]) -> Int {
        put(rng.pick(code), into: &out)
    }

    @inline(__always)
    private func put(_ piece: Piece, into out: inout [UInt8]) -> Int {
        out.append(contentsOf: piece.bytes)
        return piece.length
    }

    /// Appends ASCII Markdown syntax (escaping its newlines) and returns its length.
    @inline(__always)
    private func append(_ ascii: String, into out: inout [UInt8]) -> Int {
        var length = 0
        for byte in ascii.utf8 {
            if byte == 0x0A { out.append(0x5C); out.append(UInt8(ascii: "n")) } else { out.append(byte) }
            length += 1
        }
        return length
    }

    /// Fenced code blocks; code is language-neutral, so it is shared by every language.
    static let snippets = [
        "```python\ndef mean(values):\n    \"\"\"Average of a non-empty list.\"\"\"\n    return sum(values) / len(values)\n\nprint(mean([3, 4, 5]))\n```",
        "```swift\nfunc greet(_ name: String) -> String {\n    \"Hello, \\(name)!\"\n}\n\nprint(greet(\"sample\"))\n```",
        "```javascript\nconst counts = {};\nfor (const word of text.split(/\\s+/)) {\n  counts[word] = (counts[word] ?? 0) + 1;\n}\nconsole.log(counts);\n```",
        "```sql\nSELECT language, COUNT(*) AS prompts\nFROM translations\nWHERE status = 'reviewed'\nGROUP BY language\nORDER BY prompts DESC;\n```",
        "```bash\nfor file in *.jsonl; do\n  wc -l \"$file\"\ndone\n```",
    ]
}
