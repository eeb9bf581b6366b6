import Foundation
import MPEPContent
import MPEPStats

/// The answers of a site too large for one HTML page per answer (`answers: bundles` in site.yml,
/// or `auto` over the budget; docs/architecture.md weighs the layouts with their sizes).
///
/// The answers of ten consecutive prompts of a language (by permalink number: 1–10, 11–20, …) are
/// rendered by the same safe cmark-gfm call as on a prompt page, gathered into one JSON object
/// (`{"<number>": {"<model id>": "<html>"}}`) and gzipped: `languages/<code>/answers/<first>.json.gz`.
/// The prompt page keeps the prompt and the reference's answer as they are (`prompt.mustache`);
/// below them a table gives each model's verdicts, one column per judge, and a link to its answer
/// in the bundle (`answers-table.mustache`): plain HTML that works without JavaScript. With
/// JavaScript, a click on the link expands the bundle with the browser's own `DecompressionStream`
/// and shows the answer's HTML in a row under the model's (`assets/answers.js`); without it, the
/// link downloads the bundle, which any gzip tool opens.
///
/// Ten prompts a bundle keeps the site far from the 20,000-file limit (one bundle per ten prompt
/// pages) while a reader fetches only the answers of the page's neighbourhood, and a changed answer
/// re-renders one bundle in an incremental build.
enum AnswerBundles {
    static let promptsPerBundle = 10

    /// The bundle holding a prompt's answers, by its permalink number.
    static func bundle(ofNumber number: Int) -> Int { (number - 1) / promptsPerBundle }

    /// `languages/<code>/answers/<first number>.json.gz`.
    static func file(_ code: String, bundle: Int) -> String {
        SitePaths.languageFile(code, "answers/\(bundle * promptsPerBundle + 1).json.gz")
    }

    /// What a bundle holds: for each of its prompts (by permalink number), each model's answer in
    /// the pages' model order. Its reuse key is the hash of this value (`ContentHash(encoding:)`,
    /// answers as their Markdown), the file is this value as JSON with the answers as HTML: the key
    /// cannot leave out what the file holds.
    struct Contents: Encodable, Sendable {
        struct Prompt: Encodable, Sendable {
            var number: Int
            var answers: [Answer]
        }

        struct Answer: Encodable, Sendable {
            var model: String
            var html: MarkdownText
        }

        var prompts: [Prompt]

        init(_ answers: LanguageAnswers, bundle: Int) {
            prompts = AnswerBundles.prompts(answers, bundle: bundle).map { prompt in
                Prompt(number: prompt.number, answers: answers.models.compactMap { model in
                    answers.markdown(model: model, prompt: prompt.source.id).map { Answer(model: model, html: $0) }
                })
            }
        }

        /// `{"<number>": {"<model id>": "<html>"}}`, gzipped.
        var file: Data {
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (i, prompt) in prompts.enumerated() {
                if i > 0 { json.append(UInt8(ascii: ",")) }
                json += Array("\"\(prompt.number)\":{".utf8)
                for (j, answer) in prompt.answers.enumerated() {
                    if j > 0 { json.append(UInt8(ascii: ",")) }
                    JSONString.append(answer.model, to: &json)
                    json.append(UInt8(ascii: ":"))
                    JSONString.append(answer.html.html, to: &json)
                }
                json.append(UInt8(ascii: "}"))
            }
            json += Array("}\n".utf8)
            return Gzip.compress(Data(json))
        }
    }

    /// The bundles a language's prompts fall into, in order.
    static func bundles(_ answers: LanguageAnswers) -> [Int] {
        var seen: [Int] = []
        for prompt in answers.prompts where seen.last != bundle(ofNumber: prompt.number) {
            seen.append(bundle(ofNumber: prompt.number))
        }
        return seen
    }

    static func prompts(_ answers: LanguageAnswers, bundle: Int) -> [LanguageAnswers.Prompt] {
        answers.prompts.filter { Self.bundle(ofNumber: $0.number) == bundle }
    }
}

extension SiteRenderer {
    /// A bundle of a language's answers, taken from `languageCache` when the previous build wrote it
    /// from the same answers.
    func answerBundle(_ answers: LanguageAnswers, bundle: Int) -> RenderedFile {
        let contents = AnswerBundles.Contents(answers, bundle: bundle)
        let inputs = ContentHash(encoding: contents)
        let path = AnswerBundles.file(answers.code, bundle: bundle)
        if let reused = languageCache?.page(path, inputs: inputs, language: answers.language) { return reused }
        return RenderedFile(path: path, data: contents.file, inputs: inputs)
    }

    /// With bundled answers, what a prompt page shows of the models below its prompt and the
    /// reference's answer: a table with a row per model (its verdicts, one column per judge of the
    /// language, and a link that opens its answer from the bundle); nil with answers in pages.
    /// A row costs about a third of the page-of-answers layout's block without its answer, which
    /// is what lets a full-size site of real answers fit GitHub Pages (docs/performance.md).
    func answersTable(_ answers: LanguageAnswers, prompt: LanguageAnswers.Prompt) -> AnswersTable.Context? {
        guard bundledAnswers else { return nil }
        let id = prompt.source.id
        let bundleURL = paths.file(AnswerBundles.file(answers.code, bundle: AnswerBundles.bundle(ofNumber: prompt.number)))
        let rows = answers.models.compactMap { model -> AnswersTable.Row? in
            guard let markdown = answers.answers[model]?[id] else { return nil }
            return AnswersTable.Row(
                modelName: contexts.modelName(model), model: model, anchor: SitePaths.answerAnchor(model),
                modelLanguageURL: paths.languageModel(answers.code, model),
                length: Formatting.count(codePointLength(markdown)),
                verdicts: answers.judges.map { judge in
                    answers.verdict(judge: judge, model: model, prompt: id)?.cell ?? AnswersTable.noVerdict
                })
        }
        return AnswersTable.Context(
            judges: answers.judges.map { JudgeColumn(judgeName: contexts.judgeName($0), primary: $0 == content.site.judge) },
            rows: rows, hasRows: !rows.isEmpty, bundleURL: bundleURL, number: prompt.number,
            code: answers.code, dir: answers.dir, script: paths.asset("answers.js"))
    }
}

/// `answers-table.mustache`: a prompt page's models with their verdicts and links into the bundle.
enum AnswersTable {
    struct Context: Encodable, Sendable {
        /// Every judge of the language, primary first.
        var judges: [JudgeColumn]
        var rows: [Row]
        var hasRows: Bool
        var bundleURL: String
        var number: Int
        var code: String
        var dir: String
        var script: String
    }

    struct Row: Encodable, Sendable {
        var modelName: String
        var model: String
        var anchor: String
        var modelLanguageURL: String
        /// The answer's length in characters.
        var length: String
        var verdicts: [VerdictText.Cell]
    }

    /// The cell of a judge that did not see the answer (the table does not sort: no `sort`).
    static let noVerdict = VerdictText.Cell(words: "–", kind: "none", value: "", sort: nil)
}
