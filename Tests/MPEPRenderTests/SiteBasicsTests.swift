import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPTemplates
@testable import MPEPRender

@Suite("Site basics and the cross-language view")
struct SiteBasicsTests {
    @Test("the sitemap lists every page's clean URL; robots.txt names it only when base_url is absolute")
    func sitemap() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (relative, _) = try renderSite(dir)
        #expect(try #require(relative.text("robots.txt")) == "User-agent: *\nAllow: /\n")
        let (files, _) = try renderSite(dir, baseURL: "https://example.org/mpep/")
        let sitemap = try #require(files.text("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/mpep/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/mpep/languages/nl/prompts/2/</loc></url>"))
        #expect(!sitemap.contains("index.html") && !sitemap.contains("404"))
        #expect(try #require(files.text("robots.txt")).contains("Sitemap: https://example.org/mpep/sitemap.xml\n"))
        let page = try #require(files.text("languages/nl/index.html"))
        #expect(page.contains(#"<link rel="canonical" href="https://example.org/mpep/languages/nl/">"#))
        #expect(page.contains(#"<meta property="og:url" content="https://example.org/mpep/languages/nl/">"#))
        let notFound = try #require(files.text("404.html"))
        #expect(!notFound.contains("rel=\"canonical\""))
        #expect(notFound.contains(#"href="https://example.org/mpep/assets/style.css""#), "absolute links work at any missing address")
    }

    @Test("heat-map text is black or white, whichever passes WCAG AA on the cell's colour")
    func contrast() {
        for step in 0...100 {
            let fill = HeatMap.viridis(Double(step) / 100)
            let white = HeatMap.textColour(on: fill) == "#ffffff"
            #expect(HeatMap.contrast(fill, white: white) >= 4.5, "value \(step)")
        }
        #expect(HeatMap.hex(HeatMap.viridis(0)) == "#440154")
        #expect(HeatMap.hex(HeatMap.viridis(1)) == "#fde725")
    }

    @Test("the index's heat map links each cell to the model's page in that language and escapes names")
    func heatMap() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("models/model-b.yml", "name: \"Model <B> & co\"\nopen_weights: true\n")
        let (files, _) = try renderSite(dir)
        let index = try #require(files.text("index.html"))
        #expect(index.contains(#"<a href="/languages/nl/models/model-b/" aria-label="Model &lt;B&gt; &amp; co in Dutch, 3 prompts: "#))
        #expect(!index.contains("Model <B>"))
    }

    @Test("no page shows an Argilla user id: translators.yml's names, else a numbered anonymous translator")
    func translatorNames() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (anna, bram) = ("0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d", "1b8e3d5f-2c4a-4f6b-9d0e-1f2a3b4c5d6e")
        dir.write("languages/nl/prompts.jsonl", """
            {"id": "p1", "prompt": "Tel 2 en 2 op.", "translators": ["\(anna)", "\(bram)"], "status": "reviewed"}
            {"id": "p2", "prompt": "Schrijf een haiku over regen.", "translators": ["\(anna)"]}
            {"id": "p3", "prompt": "Leg recursie uit."}
            """)
        dir.write("languages/nl/translators.yml", "\(bram): bram-nl\n")
        let (files, _) = try renderSite(dir)
        #expect(files.count > 10)
        for file in files {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(!text.contains(anna) && !text.contains(bram), "\(file.path) shows an Argilla user id")
        }
        #expect(try #require(files.text("languages/nl/prompts/1/index.html")).contains("by anonymous translator 1, bram-nl"))
        let index = try #require(files.text("languages/nl/prompts/index.html"))
        #expect(index.contains("anonymous translator 1") && index.contains("bram-nl"))
    }

    @Test("the translators' hall of fame counts prompts per translator, most first")
    func hallOfFame() {
        let at = SourceLocation(path: "languages/nl/prompts.jsonl", line: 1)
        let fame = SiteRenderer.hallOfFame([
            .init(id: "1", prompt: "a", translators: ["b", "a"], status: .reviewed, location: at),
            .init(id: "2", prompt: "b", translators: ["b"], location: at),
            .init(id: "3", prompt: "c", translators: ["c"], status: .reviewed, location: at),
        ])
        #expect(fame.map(\.name) == ["b", "a", "c"])
        #expect(fame.map(\.translated) == [2, 1, 1])
    }
}
