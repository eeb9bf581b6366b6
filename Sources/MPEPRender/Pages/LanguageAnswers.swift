import Foundation
import MPEPContent
import MPEPMarkdown
import MPEPRank

/// One language's prompts, answers and verdicts, gathered once for the drill-down pages.
///
/// Each output's Markdown is rendered here and only here (cmark-gfm parses under a process-wide
/// lock, so a second render of the same text is pure waste); the prompt pages, the model pages
/// and anything else that shows an answer reuse this HTML.
struct LanguageAnswers {
    struct Prompt {
        /// 1-based position in the English source set: the page's permalink number.
        let number: Int
        let translation: Translation
        let source: SourcePrompt
    }

    let language: LanguageContent
    let reference: String
    /// Translated prompts in source-set order.
    let prompts: [Prompt]
    /// Models with outputs here, the reference excluded: the primary leaderboard's order, then the rest by id.
    let models: [String]
    /// Judges with verdicts here: the primary judge first, then by id.
    let judges: [String]
    /// Rendered answers by model, then prompt id (the reference's included).
    let answers: [String: [String: String]]
    /// Preferences by judge, model, prompt id (the first row of an id counts, as in the ranking).
    let preferences: [String: [String: [String: Double?]]]

    var code: String { language.info.code }
    var dir: String { language.info.direction.rawValue }

    init(language: LanguageContent, content: Content, rankings: Rankings, numbers: [String: Int]) {
        self.language = language
        reference = content.reference(for: language.info)
        let sources = Dictionary(content.sourcePrompts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        prompts = language.prompts.compactMap { translation -> Prompt? in
            guard let number = numbers[translation.id], let source = sources[translation.id] else { return nil }
            return Prompt(number: number, translation: translation, source: source)
        }
        .sorted { $0.number < $1.number }
        models = Self.models(of: language, reference: content.reference(for: language.info), rankings: rankings)
        judges = language.annotations.keys.sorted { a, b in
            let (pa, pb) = (a == content.site.judge, b == content.site.judge)
            return pa != pb ? pa : a < b
        }
        var answers: [String: [String: String]] = [:]
        for (model, outputs) in language.outputs {
            var byID: [String: String] = [:]
            for output in outputs where byID[output.id] == nil {
                byID[output.id] = Self.nested(Markdown.html(output.output, trust: .data))
            }
            answers[model] = byID
        }
        self.answers = answers
        var preferences: [String: [String: [String: Double?]]] = [:]
        for (judge, byModel) in language.annotations {
            for (model, rows) in byModel {
                var byID: [String: Double?] = [:]
                for row in rows where byID[row.id] == nil { byID[row.id] = row.preference }
                preferences[judge, default: [:]][model] = byID
            }
        }
        self.preferences = preferences
    }

    /// Models with outputs in the language, the reference excluded: the primary leaderboard's order, then by id.
    static func models(of language: LanguageContent, reference: String, rankings: Rankings) -> [String] {
        let ranked = rankings.language(language.info.code)?.primary?.entries.map(\.model) ?? []
        let rest = language.outputs.keys.filter { $0 != reference && !ranked.contains($0) }.sorted()
        return ranked.filter { language.outputs[$0] != nil } + rest
    }

    /// The judge's verdict on the model's answer to a prompt, nil when the judge never saw it.
    func verdict(judge: String, model: String, prompt: String) -> VerdictText? {
        guard let row = preferences[judge]?[model]?[prompt] else { return nil }
        return VerdictText(row)
    }

    /// Judges that judged the model here (primary first).
    func judges(of model: String) -> [String] {
        judges.filter { preferences[$0]?[model] != nil }
    }

    /// An answer's headings sit under the page's own `h3`: the levels it uses become `h4`, `h5`,
    /// `h6` in order (`##` and `###` → `h4`, `h5`), so the outline stays in order for screen
    /// readers. Safe on cmark's output: a literal `<h2>` in the text is escaped (`&lt;h2&gt;`)
    /// and raw HTML is omitted for data, so every match is a tag.
    static func nested(_ html: String) -> String {
        guard html.contains("<h") else { return html }
        let present = (1...6).filter { html.contains("<h\($0)>") }
        var out = html
        // Through a marker (`<hx4>`, which cmark never writes), so no tag is moved twice.
        for (rank, level) in present.enumerated() {
            let deeper = min(4 + rank, 6)
            out = out.replacingOccurrences(of: "<h\(level)>", with: "<hx\(deeper)>")
                .replacingOccurrences(of: "</h\(level)>", with: "</hx\(deeper)>")
        }
        out = out.replacingOccurrences(of: "<hx", with: "<h").replacingOccurrences(of: "</hx", with: "</h")
        return out
    }

    /// Plain text shortened for a table cell; Mustache escapes it.
    static func excerpt(_ text: String, limit: Int = 90) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
