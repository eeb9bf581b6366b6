import Foundation
import Testing
import TestSupport
@testable import MPEPRender
import MPEPTemplates

/// The start tags named `name` in a page, with their attributes by name.
private func tags(_ name: String, in html: String) -> [[String: String]] {
    HTMLTokens.tokenize(html).compactMap { token in
        guard case .startTag(let tag, let attributes) = token, tag == name else { return nil }
        return Dictionary(attributes.map { ($0.name, $0.decodedValue) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One page of the minimal tree's site.
private func minimalPage(_ path: String) throws -> String {
    let dir = TemporaryDirectory()
    ContentTrees.minimal(in: dir)
    return try #require(try renderSite(dir).files.text(path))
}

/// Where `first` and `second` start in `page` (both must be there).
private func offsets(_ first: String, _ second: String, in page: String) throws -> (Int, Int) {
    let a = try #require(page.range(of: first), "\(first) missing")
    let b = try #require(page.range(of: second), "\(second) missing")
    return (page.distance(from: page.startIndex, to: a.lowerBound), page.distance(from: page.startIndex, to: b.lowerBound))
}

private func templates() throws -> TemplateSet {
    try TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"))
}

/// Layout and interaction a reader relies on: the answer first, intervals on one axis, every
/// scrolling table reachable by keyboard, the model's and the prompt's stories in order.
@Suite("Reader layout")
struct ReaderLayoutTests {
    @Test("the interval chart: every row on the header's one axis, at least 240 px, gridlines at 25/50/75 and the reference at 50")
    func sharedAxis() throws {
        #expect(Whisker.width >= 240)
        let row = try #require(Whisker.svg(point: 60, low: 50, high: 70))
        let axis = Whisker.axis()
        for value in [25.0, 50, 75] {
            let x = Formatting.fixed(Whisker.x(value), 1)
            #expect(row.contains("x1=\"\(x)\""), "row gridline at \(value)")
            #expect(axis.contains("x1=\"\(x)\""), "axis tick at \(value)")
        }
        #expect(row.contains("class=\"reference\"") && axis.contains("50 ref."))
        #expect(row.contains(#"aria-label="95% interval 50.0 to 70.0""#))
        #expect(axis.contains(#"aria-hidden="true""#), "the axis repeats the header's words, so screen readers skip it")
        #expect(Whisker.x(-5) == Whisker.x(0) && Whisker.x(105) == Whisker.x(100), "values off the scale stay on the axis")
        #expect(Whisker.svg(point: nil, low: 1, high: 2) == nil)
    }

    @Test("a provisional row is marked on its <tr> for the chart to draw it apart; rows are not provisional by default")
    func provisionalRows() throws {
        let set = try templates()
        func table(_ row: [String: TemplateValue]) -> String {
            set.render(.leaderboardTable, TemplateValue.object(["caption": "c", "axis": .text(Whisker.axis()), "rows": .objects([row])]))
        }
        let base: [String: TemplateValue] = ["model": "m", "mode": "community", "model_name": "M", "rank": 1]
        var provisional = base
        provisional["provisional"] = true
        #expect(table(provisional).contains(#" class="provisional">"#))
        #expect(!table(base).contains("provisional\">"))
    }

    @Test("a language page shows the leaderboard before the glossary, which folds into <details>")
    func answerFirst() throws {
        let page = try minimalPage("languages/nl/index.html")
        let (table, glossary) = try offsets("<table class=\"leaderboard\">", "<details class=\"explain\" id=\"how-to-read\">", in: page)
        #expect(table < glossary)
        let (folded, list) = try offsets("<details class=\"explain\"", "<ul class=\"explain\">", in: page)
        #expect(folded < list)
        #expect(page.contains("<progress") && !page.contains("Translation progress</h2>"), "progress is one line in the header")
    }

    @Test("the home page leads with the model × language view; the prose comes after it")
    func homeLeadsWithModels() throws {
        let (overview, story) = try offsets("id=\"overview-heading\"", "<section class=\"story\"", in: try minimalPage("index.html"))
        #expect(overview < story)
    }

    @Test("every scrolling table is a focusable region with a label of its own on the page")
    func scrollRegions() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let files = try renderSite(dir).files.filter { $0.path.hasSuffix(".html") }
        var seen = 0
        for file in files {
            let html = String(decoding: file.data, as: UTF8.self)
            let regions = tags("div", in: html).filter { $0["class"] == "table-scroll" }
            for region in regions {
                #expect(region["role"] == "region" && region["tabindex"] == "0", "\(file.path)")
                #expect(!(region["aria-label"] ?? "").isEmpty, "\(file.path)")
            }
            let labels = regions.compactMap { $0["aria-label"] }
            #expect(Set(labels).count == labels.count, "\(file.path): two regions share a label")
            seen += regions.count
        }
        #expect(seen > 5)
    }

    @Test("a model page: overall figure, languages by name with the leaderboard's interval and judge, links to its answers")
    func modelPage() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/de/language.yml", "name: German\nnative_name: Deutsch\ndirection: ltr\nstatus: active\ntarget: 3\n")
        for name in ["prompts.jsonl", "outputs/ref-model.jsonl", "outputs/model-b.jsonl", "annotations/judge-a/model-b.jsonl"] {
            let text = try String(contentsOf: dir.url.appendingPathComponent("languages/nl/" + name), encoding: .utf8)
            dir.write("languages/de/" + name, text)
        }
        let page = try #require(try renderSite(dir).files.text("models/model-b/index.html"))
        let (dutch, german) = try offsets(">Dutch</a>", ">German</a>", in: page)
        #expect(dutch < german, "by name (Dutch, German), not by code (de, nl)")
        #expect(page.contains("judged by Judge A"))
        #expect(page.contains("<svg class=\"whisker-axis\""), "the leaderboards' shared axis")
        // Three prompts: the LC fit is flat, so the row says so and draws no interval (issue 12).
        #expect(page.contains("no estimate") && !page.contains("<svg class=\"whisker\""))
        #expect(links(page).contains("/languages/de/models/model-b/") && links(page).contains("/languages/nl/models/model-b/"))
        #expect(!page.contains("± SE"))
    }

    @Test("a prompt page opens with each model's verdict in one row; a missing verdict sorts last")
    func promptSummary() throws {
        let page = try minimalPage("languages/nl/prompts/3/index.html")
        let (summary, answers) = try offsets("id=\"summary-heading\"", "id=\"answers-heading\"", in: page)
        #expect(summary < answers)
        #expect(page.contains(##"<th scope="row"><a href="#answer-model-b">Model B</a></th><td data-sort="0.250"><span class="verdict verdict-reference">reference better</span>"##))
        #expect(VerdictText(nil).cell.sort == "" && VerdictText.notJudged.sort == "")
    }

    @Test("judgments.json gives head to head each prompt's opening words, translated and in English")
    func headToHeadText() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let data = try #require(try renderSite(dir).files.first { $0.path == "languages/nl/judgments.json" }?.data)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let prompts = try #require(json["prompts"] as? [[String: Any]])
        #expect(prompts.first?["text"] as? String == "Tel 2 en 2 op.")
        #expect(prompts.first?["english"] as? String == "Add 2 and 2.")
    }

    @Test("a scatter needs two points, labels each, and escapes the labels")
    func scatter() throws {
        let one = [Scatter.Point(label: "a", x: 1, y: 50)]
        #expect(Scatter.svg(points: one, xTitle: "x", yTitle: "y", scale: .linear, title: "t") == nil)
        let two = one + [Scatter.Point(label: "<b>&", x: 300, y: 70)]
        let svg = try #require(Scatter.svg(points: two, xTitle: "x", yTitle: "y", scale: .linear, title: "t", marker: (200, "reference")))
        #expect(svg.contains("&lt;b&gt;&amp;") && !svg.contains("<b>"))
        #expect(svg.components(separatedBy: "<circle").count == 3)
        let log = try #require(Scatter.svg(points: [.init(label: "s", x: 1.5, y: 20), .init(label: "l", x: 70, y: 60)],
                                           xTitle: "p", yTitle: "y", scale: .log, title: "t"))
        #expect(log.contains(">1</text>") && log.contains(">100</text>"), "log ticks at powers of ten")
    }

    @Test("code, numbers and intervals keep left to right in right-to-left pages")
    func leftToRightCode() throws {
        let css = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("templates/static/assets/style.css"), encoding: .utf8)
        #expect(css.contains("pre, code, kbd, samp { direction: ltr; unicode-bidi: isolate;"))
        #expect(css.contains("td.num, .interval, .range, .n { direction: ltr; unicode-bidi: isolate; }"))
    }
}
