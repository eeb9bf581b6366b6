import Foundation
import MPEPContent
import MPEPStats
import MPEPTemplates

/// The answers of a site too large for one HTML page per answer (`answers: bundles` in site.yml,
/// or `auto` over the budget; docs/architecture.md weighs the layouts with their sizes).
///
/// The answers of ten consecutive prompts of a language (by permalink number: 1–10, 11–20, …) are
/// rendered by the same safe cmark-gfm call as on a prompt page, gathered into one JSON object
/// (`{"<number>": {"<model id>": "<html>"}}`) and gzipped: `languages/<code>/answers/<first>.json.gz`.
/// The prompt page keeps its verdicts, numbers and links as plain HTML; each answer's body is an
/// excerpt and a link to its bundle (`answer-bundled.mustache`). With JavaScript, a click on the
/// link expands the bundle with the browser's own `DecompressionStream` and puts the answer's HTML
/// in place (`assets/answers.js`); without it, the link downloads the bundle, which any tool opens.
///
/// Ten prompts a bundle keeps the site far from the 20,000-file limit (one bundle per ten prompt
/// pages) while a reader fetches only the answers of the page's neighbourhood, and a changed answer
/// re-renders one bundle in an incremental build.
enum AnswerBundles {
    static let promptsPerBundle = 10
    /// Characters of an answer shown inline, before the link to the whole answer.
    static let excerptLength = 140

    /// The bundle holding a prompt's answers, by its permalink number.
    static func bundle(ofNumber number: Int) -> Int { (number - 1) / promptsPerBundle }

    /// `languages/<code>/answers/<first number>.json.gz`.
    static func file(_ code: String, bundle: Int) -> String {
        SitePaths.languageFile(code, "answers/\(bundle * promptsPerBundle + 1).json.gz")
    }

    /// A bundle's file: every answer of its prompts on the page (the reference's stays inline).
    static func render(_ answers: LanguageAnswers, bundle: Int, inputs: ContentHash) -> RenderedFile {
        var json: [UInt8] = [UInt8(ascii: "{")]
        for (i, prompt) in prompts(answers, bundle: bundle).enumerated() {
            if i > 0 { json.append(UInt8(ascii: ",")) }
            json += Array("\"\(prompt.number)\":{".utf8)
            var first = true
            for model in answers.models {
                guard let html = answers.html(model: model, prompt: prompt.source.id) else { continue }
                if !first { json.append(UInt8(ascii: ",")) }
                first = false
                JSONString.append(model, to: &json)
                json.append(UInt8(ascii: ":"))
                JSONString.append(html, to: &json)
            }
            json.append(UInt8(ascii: "}"))
        }
        json += Array("}\n".utf8)
        var file = RenderedFile(path: file(answers.code, bundle: bundle), data: Gzip.compress(Data(json)))
        file.inputs = inputs
        return file
    }

    /// The start of an answer's Markdown as one line of plain text (Mustache escapes it): its first
    /// `excerptLength` code points, line breaks as spaces, "…" when there is more. Counted in code
    /// points rather than characters so half a million answers cost no grapheme breaking.
    static func excerpt(_ markdown: String) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        for scalar in markdown.unicodeScalars {
            if count == excerptLength { return String(out) + "…" }
            out.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
            count += 1
        }
        return String(out)
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

    /// What a bundle is drawn from beyond the language-wide inputs: its prompts and, in the pages'
    /// model order, each answer's Markdown. An incremental build reuses a bundle whose inputs match.
    static func inputs(_ answers: LanguageAnswers, bundle: Int) -> ContentHash {
        var hash = ContentHash()
        hash.add("answer bundle 1")
        for prompt in prompts(answers, bundle: bundle) {
            hash.add("\(prompt.number)")
            hash.add(prompt.source.id)
            for model in answers.models {
                hash.add(model)
                hash.add(answers.answers[model]?[prompt.source.id] ?? "\u{0}none")
            }
        }
        return hash
    }
}

extension SiteRenderer {
    /// A bundle of a language's answers, taken from `languageCache` when the previous build wrote it
    /// from the same answers.
    func answerBundle(_ answers: LanguageAnswers, bundle: Int) -> RenderedFile {
        let inputs = AnswerBundles.inputs(answers, bundle: bundle)
        let path = AnswerBundles.file(answers.code, bundle: bundle)
        if let reused = languageCache?.page(path, inputs: inputs, language: answers.language) { return reused }
        return AnswerBundles.render(answers, bundle: bundle, inputs: inputs)
    }

    /// A model's answer as its prompt page shows it: the HTML itself, or with bundled answers an
    /// excerpt and the link that expands it. Nil when the model has no answer to the prompt.
    func answerBody(_ answers: LanguageAnswers, model: String, prompt: LanguageAnswers.Prompt) -> String? {
        guard bundledAnswers else { return answers.html(model: model, prompt: prompt.source.id) }
        guard let markdown = answers.answers[model]?[prompt.source.id] else { return nil }
        let bundle = AnswerBundles.bundle(ofNumber: prompt.number)
        let context: [String: TemplateValue] = [
            "excerpt": .text(AnswerBundles.excerpt(markdown)),
            "length": .text(Formatting.count(codePointLength(markdown))),
            "bundle_url": .text(paths.file(AnswerBundles.file(answers.code, bundle: bundle))),
            "number": .number(prompt.number),
            "model": .text(model),
        ]
        return templates.render("answer-bundled", context)
    }

    /// The script that expands bundled answers, for the end of a prompt page's body ("" otherwise).
    var answersScript: String {
        bundledAnswers ? templates.render("answers-script", ["src": .text(paths.asset("answers.js"))]) : ""
    }
}
