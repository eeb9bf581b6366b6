import MPEPContent
import MPEPMarkdown

/// Texts with so many `|` on their lines that cmark-gfm's table extension would take seconds:
/// the site shows them as preformatted plain text instead (``TableCostGuard``), which is safe
/// but rarely what the contributor meant, so the pull request says so. Real tables are far below.
enum SlowTables: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func inspect(_ text: String, _ field: String, _ location: SourceLocation) {
            guard !TableCostGuard.allows(text) else { return }
            found.append(.warning(at: location,
                "\"\(field)\" has too many \"|\" on its lines to render as a Markdown table quickly; the site shows it as plain preformatted text"))
        }
        for row in context.content.sourcePrompts { inspect(row.prompt, "prompt", row.location) }
        for index in context.languages {
            for row in index.language.prompts { inspect(row.prompt, "prompt", row.location) }
            for (_, rows) in index.outputFiles {
                for row in rows { inspect(row.output, "output", row.location) }
            }
        }
        return found
    }
}
