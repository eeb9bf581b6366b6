/// Splits a Markdown page into its YAML front matter and its body.
///
///     ---
///     title: Methodology
///     order: 10
///     ---
///     # How the numbers are made
enum FrontMatter {
    struct Split {
        var yaml: String
        /// Line of the first YAML line (1-based) minus one, to offset YAML marks.
        var yamlLineOffset: Int
        var body: String
        var bodyLine: Int
    }

    /// Returns nil when the page does not start with a `---` line.
    static func split(_ text: String) -> Split? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard lines.first == "---" else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return nil }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return Split(yaml: yaml, yamlLineOffset: 1, body: body, bodyLine: close + 2)
    }
}
