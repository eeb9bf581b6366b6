/// Keeps a stranger's text from stalling the build through the table extension.
///
/// cmark-gfm 0.29.0.gfm.6 (Debian's) spends time superlinear in the number of `|` on a line
/// (each table row's cells go into a list appended at its end): measured here, one 25 KB line
/// of pipes under a table header took 3.7 s, 1 MB of rows with 1,000 pipes each 2.9 s.
/// The cost is bounded by the sum over lines of (pipes on the line)²; above `budget` the
/// document is shown as preformatted plain text instead of being parsed. Real tables stay far
/// below: 1,000 rows of 10 columns weigh 121,000.
public enum TableCostGuard {
    /// About 0.1 s of table parsing on this machine.
    public static let budget = 20_000_000

    /// Whether `markdown` is cheap enough for cmark-gfm's table extension.
    public static func allows(_ markdown: String) -> Bool {
        var markdown = markdown
        // Over the contiguous bytes: iterating `String.UTF8View` costs several times more, and
        // every output is checked twice (by `mpep check` and before rendering).
        return markdown.withUTF8 { bytes in
            var total = 0, onLine = 0
            for byte in bytes {
                if byte == UInt8(ascii: "|") {
                    onLine += 1
                } else if byte == UInt8(ascii: "\n") {
                    total += onLine * onLine
                    if total > budget { return false }
                    onLine = 0
                }
            }
            return total + onLine * onLine <= budget
        }
    }

    /// The text as it would show in a code block: escaped, never parsed.
    static func preformatted(_ markdown: String) -> String {
        var html = "<pre><code>"
        html.reserveCapacity(markdown.utf8.count + 32)
        for scalar in markdown.unicodeScalars {
            switch scalar {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            case "\u{0}": html += "\u{FFFD}"
            default: html.unicodeScalars.append(scalar)
            }
        }
        return html + "</code></pre>\n"
    }
}
