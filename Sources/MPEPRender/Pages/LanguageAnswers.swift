import Foundation
import MPEPContent
import MPEPMarkdown
import MPEPRank

/// One language's prompts, answers and verdicts, gathered once for the drill-down pages.
///
/// Answers are kept as their Markdown and rendered by `html(model:prompt:)` when a page shows
/// them: each appears on one prompt page only, so each is still rendered once (cmark-gfm parses
/// under a process-wide lock), and a prompt page reused from the previous build costs no render.
struct LanguageAnswers {
    struct Prompt {
        /// 1-based position in the English source set: the page's permalink number.
        let number: Int
        let translation: Translation
        let source: SourcePrompt
    }

    let language: LanguageContent
    let records: LoadedRecords
    let reference: String
    /// Translated prompts in source-set order.
    let prompts: [Prompt]
    /// Models with outputs here, the reference excluded: the primary leaderboard's order, then the rest by id.
    let models: [String]
    /// Judges with verdicts here: the primary judge first, then by id.
    let judges: [String]
    /// Answers' Markdown by model, then prompt id (the reference's included; an id's first row counts).
    let answers: [String: [String: String]]
    /// Preferences by judge, model, prompt id (the first row of an id counts, as in the ranking).
    let preferences: [String: [String: [String: Double?]]]
    /// Each prompt's translation shortened for the model pages' table cells, by prompt id: every
    /// model's page lists every prompt, so it is cut once here.
    let shortExcerpts: [String: String]
    /// What pages show for each translator id (translators.yml; never an Argilla user id).
    let translatorNames: [String: String]

    var code: String { language.info.code }
    var dir: String { language.info.direction.rawValue }

    /// A translation's translators as pages show them.
    func translators(of translation: Translation) -> [String] {
        translation.translators.map { translatorNames[$0] ?? $0 }
    }

    /// The translation with its translators as pages show them.
    func shownTranslators(_ translation: Translation) -> Translation {
        var shown = translation
        shown.translators = translators(of: translation)
        return shown
    }

    init(language: LanguageContent, records: LoadedRecords, content: Content, rankings: Rankings, numbers: [String: Int]) {
        self.language = language
        self.records = records
        reference = content.reference(for: language.info)
        translatorNames = language.translatorNames.displayNames(for: language.prompts)
        let sources = Dictionary(content.sourcePrompts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        prompts = language.prompts.compactMap { translation -> Prompt? in
            guard let number = numbers[translation.id], let source = sources[translation.id] else { return nil }
            return Prompt(number: number, translation: translation, source: source)
        }
        .sorted { $0.number < $1.number }
        models = Self.models(of: language, reference: reference, rankings: rankings)
        judges = records.annotations.keys.sorted { a, b in
            let (pa, pb) = (a == content.site.judge, b == content.site.judge)
            return pa != pb ? pa : a < b
        }
        answers = records.outputs.mapValues { outputs in
            var byID: [String: String] = [:]
            for output in outputs where byID[output.id] == nil { byID[output.id] = output.output }
            return byID
        }
        var preferences: [String: [String: [String: Double?]]] = [:]
        for (judge, byModel) in records.annotations {
            for (model, rows) in byModel {
                var byID: [String: Double?] = [:]
                for row in rows where byID[row.id] == nil { byID[row.id] = row.preference }
                preferences[judge, default: [:]][model] = byID
            }
        }
        self.preferences = preferences
        shortExcerpts = Dictionary(prompts.map { ($0.source.id, Self.excerpt($0.translation.prompt, limit: 70)) },
                                   uniquingKeysWith: { a, _ in a })
    }

    /// Models with outputs in the language, the reference excluded: the primary leaderboard's order, then by id.
    static func models(of language: LanguageContent, reference: String, rankings: Rankings) -> [String] {
        let ranked = rankings.language(language.info.code)?.primary?.entries.map(\.model) ?? []
        let outputs = language.files.outputs
        let rest = outputs.filter { $0 != reference && !ranked.contains($0) }.sorted()
        return ranked.filter { outputs.contains($0) } + rest
    }

    /// The model's answer to a prompt as the prompt page shows it (its headings nested under the
    /// page's), still Markdown; nil when it has none.
    func markdown(model: String, prompt: String) -> MarkdownText? {
        answers[model]?[prompt].map { MarkdownText($0, trust: .data, nestedHeadings: true) }
    }

    /// The model's answer to a prompt as HTML, as the prompt page shows it; nil when it has none.
    func html(model: String, prompt: String) -> String? {
        markdown(model: model, prompt: prompt)?.html
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
        var bytes = Array(html.utf8)
        let lt = UInt8(ascii: "<"), slash = UInt8(ascii: "/"), h = UInt8(ascii: "h"), gt = UInt8(ascii: ">")
        let one = UInt8(ascii: "1"), six = UInt8(ascii: "6")
        /// The position of the level digit when a heading tag (`<hN>` or `</hN>`) starts at `i`.
        func digit(at i: Int) -> Int? {
            var k = i + 1
            if k < bytes.count, bytes[k] == slash { k += 1 }
            guard k + 2 < bytes.count, bytes[k] == h, bytes[k + 1] >= one, bytes[k + 1] <= six,
                  bytes[k + 2] == gt else { return nil }
            return k + 1
        }
        var present = [Bool](repeating: false, count: 7)
        var tags: [Int] = []
        for i in bytes.indices where bytes[i] == lt {
            guard let d = digit(at: i) else { continue }
            tags.append(d)
            if bytes[d - 2] == lt { present[Int(bytes[d] - one) + 1] = true }   // an opening tag
        }
        guard !tags.isEmpty else { return html }
        // Levels in use, in order, become h4, h5, h6 (the rest stay h6); one digit for one digit.
        var deeper = [UInt8](repeating: 0, count: 7)
        var rank = 0
        for level in 1...6 where present[level] {
            deeper[level] = one + UInt8(min(4 + rank, 6) - 1)
            rank += 1
        }
        for d in tags {
            let level = Int(bytes[d] - one) + 1
            if deeper[level] != 0 { bytes[d] = deeper[level] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Plain text shortened for a table cell; Mustache escapes it.
    static func excerpt(_ text: String, limit: Int = 90) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
