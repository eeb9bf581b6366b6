import Foundation
@testable import MPEPCommands
import MPEPContent
import MPEPMarkdown
import MPEPRender
import Testing
import TestSupport

/// The size budget and the bundled answers through the real `mpep build`: every answer stays one
/// click from its prompt page, and a site over its budget is refused before anything is written.
@Suite("Size budget and bundled answers", .serialized,
       .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct SiteBudgetBuildTests {
    /// A sample tree with site.yml's `extra` lines appended.
    private func workspace(_ extra: String) throws -> BuildWorkspace {
        var workspace = BuildWorkspace()
        workspace.options = ["--bootstrap-rounds", "0"]
        try workspace.sample("content", languages: 3, models: 4, prompts: 25, seed: 11)
        try append(extra, to: workspace)
        return workspace
    }

    private func append(_ extra: String, to workspace: BuildWorkspace) throws {
        let site = workspace.url.appendingPathComponent("content/site.yml")
        try (String(contentsOf: site, encoding: .utf8) + "\n" + extra).write(to: site, atomically: true, encoding: .utf8)
    }

    /// The `href` of the link to the model's answer on a prompt page, with its prompt number.
    private func answerLink(_ page: String, model: String) -> (href: String, prompt: String)? {
        for token in HTMLTokens.tokenize(page) {
            guard case .startTag("a", let attributes) = token,
                  attributes.contains(where: { $0.name == "data-answer-model" && $0.decodedValue == model }),
                  let href = attributes.first(where: { $0.name == "href" })?.decodedValue,
                  let prompt = attributes.first(where: { $0.name == "data-answer-prompt" })?.decodedValue else { continue }
            return (href, prompt)
        }
        return nil
    }

    /// Markup gone, entities decoded: the text a reader sees.
    private func visibleText(_ html: String) -> String {
        HTMLTokens.tokenize(html).compactMap { token -> String? in
            guard case .text(let text, nil) = token else { return nil }
            return HTMLTokens.decodeEntities(text)
        }.joined()
    }

    @Test("with bundled answers, a sample of answers is each found through its prompt page's link, decompressed, with its whole text")
    func answersOneClickAway() throws {
        let workspace = try workspace("answers: bundles\n")
        try workspace.build(content: "content", output: "site", readme: nil)
        let content = try #require(ContentLoader(root: workspace.url.appendingPathComponent("content"), displayRoot: "content").load().content)
        let numbers = Dictionary(content.sourcePrompts.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: min)
        var checked = 0
        for language in content.languages {
            let reference = content.reference(for: language.info)
            for (model, outputs) in language.loaded!.outputs.sorted(by: { $0.key < $1.key }) where model != reference {
                // Every seventh answer of each model: a spread sample of prompts, models and languages.
                for output in outputs.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
                    let number = try #require(numbers[output.id])
                    let pagePath = "site/languages/\(language.info.code)/prompts/\(number)/index.html"
                    let page = String(decoding: try #require(workspace.contents(pagePath), "\(pagePath) is missing"), as: UTF8.self)
                    let link = try #require(answerLink(page, model: model), "\(pagePath): no link to \(model)'s answer")
                    #expect(link.prompt == "\(number)")
                    #expect(!page.contains(Markdown.html(output.output, trust: .data)), "the page does not hold the whole answer")
                    let bundle = try #require(workspace.contents("site" + link.href), "\(pagePath): \(link.href) is missing")
                    let json = try #require(Gzip.decompress(bundle), "\(link.href) is not gzip")
                    let answers = try JSONDecoder().decode([String: [String: String]].self, from: json)
                    let html = try #require(answers[link.prompt]?[model], "\(link.href) lacks \(model)'s answer to \(number)")
                    #expect(visibleText(html) == visibleText(Markdown.html(output.output, trust: .data)),
                            "\(link.href): \(model)'s answer to \(number) is not its text")
                    checked += 1
                }
            }
        }
        #expect(checked >= 30, "only \(checked) answers sampled")
    }

    @Test("a site over its budget is refused before writing, naming the limit and the setting to change")
    func overBudget() throws {
        let workspace = try workspace("")
        try workspace.build(content: "content", output: "site", readme: nil)
        let before = workspace.snapshot("site")
        try append("budget_files: 50\n", to: workspace)
        let result = try runMPEP(workspace.buildArguments(content: "content", output: "site", readme: nil), in: workspace.url)
        #expect(result.status == 1)
        #expect(result.err.contains("content/site.yml: error: the site would exceed its size budget: the site has"))
        #expect(result.err.contains("over budget_files (50)"))
        #expect(result.err.contains("prompt pages: "), "the size is told by kind")
        #expect(result.err.contains("set `answers: bundles` in content/site.yml"), "answers were pages: the message says how to bundle them")
        #expect(result.err.contains("nothing was written"))
        #expect(workspace.snapshot("site") == before, "the previous site is untouched")
    }

    @Test("answers: auto turns to bundles once the answers outgrow half the budget, and an incremental build follows")
    func autoFollowsTheBudget() throws {
        let workspace = try workspace("")
        try workspace.build(content: "content", output: "site", readme: nil)
        #expect(!workspace.snapshot("site").keys.contains { $0.hasSuffix(".json.gz") }, "a small site keeps answers in pages")
        let answerBytes = Pipeline.answerBytes(under: workspace.url.appendingPathComponent("content"))
        // Answers over half the budget, a budget the bundled site fits in.
        try append("budget_bytes: \(answerBytes * 2 - 2)\n", to: workspace)
        let result = try runMPEP(["build", "--content", "content", "--templates", workspace.templates, "--output", "site",
                                  "--no-readme", "--bootstrap-rounds", "0", "--timings"], in: workspace.url)
        try #require(result.status == 0, "\(result.err)")
        #expect(result.out.contains("answers     in compressed bundles"))
        #expect(result.out.contains("answer bundles: "))
        // The incremental build equals a clean one: the layout is part of every cached page's key.
        let clean = try runMPEP(workspace.buildArguments(content: "content", output: "clean", readme: nil) + ["--no-cache"],
                                in: workspace.url)
        try #require(clean.status == 0)
        #expect(workspace.snapshot("site") == workspace.snapshot("clean"))
        #expect(workspace.snapshot("site").keys.contains { $0.hasSuffix(".json.gz") })
    }
}
