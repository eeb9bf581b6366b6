import Foundation
import Testing
import TestSupport
@testable import MPEPRender

/// The `href`s of a page, in order.
func links(_ html: String) -> [String] {
    HTMLTokens.tokenize(html).flatMap { token -> [String] in
        guard case .startTag("a", let attributes) = token else { return [] }
        return attributes.filter { $0.name == "href" }.map(\.decodedValue)
    }
}

/// The output file a root-relative clean URL is served from (`/languages/nl/` → `languages/nl/index.html`).
func file(for url: String) -> String {
    var path = String(url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].dropFirst())
    if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
    return path
}

@Suite("Drill-down pages")
struct DrillDownTests {
    @Test("a prompt's page is numbered by its place in the source set, never named by its id")
    func promptPaths() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        // An id no path could hold must not reach the file system.
        let weird = #"../x/ y?"#
        dir.write("prompts.jsonl", """
            {"id": "p1", "prompt": "Add 2 and 2.", "category": "math"}
            {"id": "p2", "prompt": "Write a haiku about rain.", "category": "writing"}
            {"id": "\(weird)", "prompt": "Explain recursion.", "category": "coding"}
            """)
        for file in ["languages/nl/prompts.jsonl", "languages/nl/outputs/ref-model.jsonl",
                     "languages/nl/outputs/model-b.jsonl", "languages/nl/annotations/judge-a/model-b.jsonl"] {
            dir.write(file, String(decoding: try Data(contentsOf: dir.url.appendingPathComponent(file)), as: UTF8.self).replacingOccurrences(of: #""p3""#, with: "\"\(weird)\""))
        }
        let (files, _) = try renderSite(dir)
        let paths = Set(files.map(\.path))
        for n in 1...3 { #expect(paths.contains("languages/nl/prompts/\(n)/index.html")) }
        #expect(paths.contains("languages/nl/prompts/index.html"))
        #expect(paths.contains("languages/nl/models/model-b/index.html"))
        #expect(paths.contains("languages/nl/judgments.json"))
        #expect(!paths.contains { $0.contains("p1") || $0.contains("x/") || $0.contains("?") })
    }

    @Test("a prompt page shows the source, the translation in its language, each answer as Markdown and each verdict in words")
    func promptPage() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir)
        let third = try #require(files.text("languages/nl/prompts/3/index.html"))
        #expect(third.contains("<div class=\"text\" lang=\"en\" dir=\"ltr\">\n<p>Explain recursion.</p>"))
        #expect(third.contains("<div class=\"text\" lang=\"nl\" dir=\"ltr\">\n<p>Leg recursie uit.</p>"))
        #expect(third.contains("<p>Recursie: een <strong>functie</strong> die zichzelf aanroept.</p>"))
        #expect(third.contains("<p>Een functie die zichzelf aanroept.</p>"), "the reference's answer")
        #expect(third.contains(#"<strong class="verdict verdict-reference">reference better</strong> <span class="value">(25%)</span>"#))
        #expect(third.contains(#"id="answer-model-b""#))
        let first = try #require(files.text("languages/nl/prompts/1/index.html"))
        #expect(first.contains(">model better</strong> <span class=\"value\">(100%)</span>"))
        let second = try #require(files.text("languages/nl/prompts/2/index.html"))
        #expect(second.contains(">draw</strong> <span class=\"value\">(50%)</span>"))
    }

    @Test("a right-to-left language's translation and answers carry dir=rtl")
    func rightToLeft() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/language.yml", "name: Dutch\nnative_name: Nederlands\ndirection: rtl\nstatus: active\n")
        let (files, _) = try renderSite(dir)
        let page = try #require(files.text("languages/nl/prompts/1/index.html"))
        #expect(page.contains(#"<div class="text" lang="nl" dir="rtl">"#))
        #expect(!page.contains(#"lang="nl" dir="ltr""#))
    }

    @Test("a model's page in a language lists its prompts best first, unjudged last, linking to each answer")
    func modelLanguagePage() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/annotations/judge-a/model-b.jsonl", """
            {"id": "p1", "preference": 1}
            {"id": "p2", "preference": null}
            {"id": "p3", "preference": 1.75}
            """)
        let (files, _) = try renderSite(dir)
        let page = try #require(files.text("languages/nl/models/model-b/index.html"))
        let answers = links(page).filter { $0.contains("/prompts/") && $0.contains("#") }
        #expect(answers == ["/languages/nl/prompts/3/#answer-model-b", "/languages/nl/prompts/1/#answer-model-b",
                            "/languages/nl/prompts/2/#answer-model-b"])
        #expect(page.contains(#"<th scope="col">Judge A (primary)</th>"#))
    }

    @Test("from the index a reader reaches a single judgment in three clicks")
    func threeClicks() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir)
        let index = try #require(files.text("index.html"))
        let language = try #require(links(index).first { $0 == "/languages/nl/" })
        let languagePage = try #require(files.text(file(for: language)))
        let model = try #require(links(languagePage).first { $0 == "/languages/nl/models/model-b/" })
        let modelPage = try #require(files.text(file(for: model)))
        let judgment = try #require(links(modelPage).first { $0.hasSuffix("#answer-model-b") })
        let promptPage = try #require(files.text(file(for: judgment)))
        #expect(promptPage.contains(#"id="answer-model-b""#))
        #expect(promptPage.contains("verdict-"))
    }

    @Test("answers from strangers stay data: raw HTML is dropped and their headings sit under the answer's")
    func untrustedAnswers() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/outputs/model-b.jsonl", """
            {"id": "p1", "output": "# Title\\n\\n<script>alert(1)</script>\\n\\n## Part"}
            {"id": "p2", "output": "x"}
            {"id": "p3", "output": "y"}
            """)
        let (files, _) = try renderSite(dir)
        let page = try #require(files.text("languages/nl/prompts/1/index.html"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("<h4>Title</h4>"))
        #expect(page.contains("<h5>Part</h5>"))
    }

    @Test("judgments.json aligns each model's preferences with the prompts, null where there is no verdict")
    func judgmentsJSON() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/annotations/judge-a/model-b.jsonl", """
            {"id": "p1", "preference": 2}
            {"id": "p3", "preference": null}
            """)
        let (files, _) = try renderSite(dir)
        let data = try #require(files.first { $0.path == "languages/nl/judgments.json" }?.data)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let prompts = try #require(json["prompts"] as? [[String: Any]])
        #expect(prompts.map { $0["number"] as? Int } == [1, 2, 3])
        let models = try #require(json["models"] as? [[String: Any]])
        #expect(models.count == 1)
        let preferences = try #require(models.first?["preferences"] as? [Any])
        #expect(preferences.count == 3)
        #expect(preferences[0] as? Double == 2)
        #expect(preferences[1] is NSNull)
        #expect(preferences[2] is NSNull)
    }
}
