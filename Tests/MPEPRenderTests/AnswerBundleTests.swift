import Foundation
import MPEPContent
import MPEPRank
import Testing
import TestSupport
@testable import MPEPRender

/// The site rendered with `bundledAnswers`, as the pipeline renders a site over its budget.
func renderBundled(_ dir: TemporaryDirectory) throws -> [RenderedFile] {
    let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
    let templates = try TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"))
    var renderer = SiteRenderer(content: content, rankings: try Ranker.rank(content), templates: templates)
    renderer.bundledAnswers = true
    return try renderer.render()
}

/// A bundle's answers, by prompt number then model id, read back as a browser does.
func bundleAnswers(_ file: RenderedFile) throws -> [String: [String: String]] {
    let json = try #require(Gzip.decompress(file.data), "\(file.path) is not gzip")
    return try JSONDecoder().decode([String: [String: String]].self, from: json)
}

@Suite("Answer bundles")
struct AnswerBundleTests {
    @Test("gzip round-trips bytes, and the same bytes always compress to the same file")
    func gzipRoundTrip() throws {
        let text = Data(String(repeating: "Een functie die zichzelf aanroept. 🌧️ ", count: 500).utf8)
        let packed = Gzip.compress(text)
        #expect(packed.count < text.count / 10)
        #expect(Array(packed.prefix(2)) == [0x1F, 0x8B], "a gzip header, which DecompressionStream(\"gzip\") reads")
        #expect(Gzip.decompress(packed) == text)
        #expect(Gzip.compress(text) == packed)
        #expect(Gzip.decompress(Data("not gzip".utf8)) == nil)
        #expect(Gzip.decompress(packed.prefix(packed.count / 2)) == nil, "a truncated bundle is refused")
    }

    @Test("with bundled answers a prompt page has a table of verdicts whose links lead to bundles holding the HTML a page of answers shows")
    func bundledPromptPage() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (pages, _) = try renderSite(dir)
        let bundled = try renderBundled(dir)
        let page = try #require(bundled.text("languages/nl/prompts/3/index.html"))
        #expect(!page.contains("<strong>functie</strong>"), "the answer's HTML is not in the page")
        #expect(page.contains(#"<tr id="answer-model-b"><th scope="row"><a href="/languages/nl/models/model-b/">Model B</a></th>"#))
        #expect(page.contains(#"<td><span class="verdict verdict-reference">reference better</span> 25%</td>"#), "verdicts stay plain HTML, on the site's one scale (the model's share of the win)")
        let link = #"<a href="/languages/nl/answers/1.json.gz" download data-answer-prompt="3" data-answer-model="model-b">"#
        #expect(page.contains(link))
        #expect(page.contains(#"<script src="/assets/answers.js" defer></script>"#))
        #expect(page.contains("<p>Een functie die zichzelf aanroept.</p>"), "the reference's answer stays in the page")

        let bundle = try #require(bundled.first { $0.path == "languages/nl/answers/1.json.gz" })
        let answers = try bundleAnswers(bundle)
        #expect(answers.keys.sorted() == ["1", "2", "3"])
        let inline = try #require(pages.text("languages/nl/prompts/3/index.html"))
        let html = try #require(answers["3"]?["model-b"])
        #expect(html == "<p>Recursie: een <strong>functie</strong> die zichzelf aanroept.</p>\n")
        #expect(inline.contains(html), "the bundle holds exactly what the page of answers inlines")
        #expect(answers["3"]?["ref-model"] == nil, "the reference's answer is not bundled")
    }

    @Test("without bundled answers no bundle or answer script is written")
    func pagesLayout() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir)
        #expect(!files.contains { $0.path.hasSuffix(".json.gz") })
        #expect(files.text("languages/nl/prompts/3/index.html")?.contains("answers.js") == false)
    }

    @Test("bundles hold ten prompts by permalink number: 1–10 in 1.json.gz, 11–20 in 11.json.gz")
    func bundleNumbers() {
        #expect([1, 10, 11, 20, 21, 500].map(AnswerBundles.bundle(ofNumber:)) == [0, 0, 1, 1, 2, 49])
        #expect(AnswerBundles.file("nl", bundle: 1) == "languages/nl/answers/11.json.gz")
    }
}

@Suite("Site size and budget")
struct SiteSizeTests {
    let site = [
        RenderedFile(path: "index.html", text: String(repeating: "x", count: 100)),
        RenderedFile(path: "languages/nl/prompts/1/index.html", text: String(repeating: "x", count: 1_000)),
        RenderedFile(path: "languages/nl/answers/1.json.gz", data: Data(count: 3_000)),
        RenderedFile(path: "languages/nl/models/m/index.html", text: "x"),
        RenderedFile(path: "languages/nl/judgments.json", text: "{}"),
        RenderedFile(path: "assets/style.css", text: "p{}"),
    ]

    @Test("a site's size is told by kind of file, with its largest file")
    func kinds() {
        let size = SiteSize(site)
        #expect(size.files == 6 && size.bytes == 4_106)
        #expect(size.kinds.map(\.name) == ["prompt pages", "answer bundles", "model pages in a language", "language data",
                                           "other pages", "other files"])
        #expect(size.kinds.map(\.bytes) == [1_000, 3_000, 1, 2, 100, 3])
        #expect(size.largest == ("languages/nl/answers/1.json.gz", 3_000))
    }

    @Test("each limit of the budget that the site exceeds is named by its site.yml key")
    func overruns() {
        let size = SiteSize(site)
        #expect(size.overruns(SiteBudget()).isEmpty)
        let tight = size.overruns(SiteBudget(bytes: 4_000, files: 5, fileBytes: 2_999))
        #expect(tight.count == 3)
        #expect(tight[0].contains("budget_bytes") && tight[1].contains("budget_files") && tight[2].contains("budget_file_bytes"))
        #expect(tight[2].hasPrefix("languages/nl/answers/1.json.gz"))
    }

    @Test("answers: auto bundles answers once their Markdown takes more than half the byte budget")
    func autoLayout() {
        let budget = SiteBudget(bytes: 1_000)
        #expect(SiteConfig.AnswerLayout.auto.bundles(answerBytes: 500, budget: budget) == false)
        #expect(SiteConfig.AnswerLayout.auto.bundles(answerBytes: 501, budget: budget) == true)
        #expect(SiteConfig.AnswerLayout.pages.bundles(answerBytes: 10_000, budget: budget) == false)
        #expect(SiteConfig.AnswerLayout.bundles.bundles(answerBytes: 0, budget: budget) == true)
    }
}
