import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPRank
@testable import MPEPRender

/// Renders a content tree with the repository's own templates.
func renderSite(_ dir: TemporaryDirectory, baseURL: String? = nil, buildDate: String? = nil,
                rankings: ((Content) throws -> Rankings)? = nil) throws -> (files: [RenderedFile], readme: String) {
    let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
    let templates = try TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"))
    let renderer = SiteRenderer(content: content, rankings: try rankings?(content) ?? Ranker.rank(content), templates: templates,
                                baseURL: baseURL, buildDate: buildDate)
    return (try renderer.render(), renderer.readmeEfforts())
}

extension Array where Element == RenderedFile {
    func text(_ path: String) -> String? {
        first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) }
    }
}

@Suite("Site renderer")
struct RenderTests {
    @Test("every page of the contract is produced, at clean URLs")
    func pages() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("pages/methodology.md", "---\ntitle: Methodology\norder: 10\n---\nText.\n")
        let (files, _) = try renderSite(dir)
        let paths = Set(files.map(\.path))
        for expected in ["index.html", "efforts/index.html", "methodology/index.html", "languages/nl/index.html",
                         "languages/nl/leaderboard.json", "languages/nl/leaderboard.csv", "models/model-b/index.html",
                         "models/ref-model/index.html", "leaderboard.json", "assets/style.css"] {
            #expect(paths.contains(expected), "missing \(expected)")
        }
    }

    @Test("a language's page carries its lang and dir; right-to-left languages are marked rtl")
    func direction() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/ar/language.yml", "name: Arabic\nnative_name: العربية\ndirection: rtl\nstatus: active\n")
        let (files, _) = try renderSite(dir)
        let page = try #require(files.text("languages/ar/index.html"))
        #expect(page.contains(#"<span lang="ar" dir="rtl">العربية</span>"#))
    }

    @Test("the leaderboard CSV has AlpacaEval's columns and one row per model")
    func csv() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir)
        let csv = try #require(files.text("languages/nl/leaderboard.csv"))
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "model,win_rate,standard_error,n_wins,n_wins_base,n_draws,n_total,discrete_win_rate,avg_length,"
                + "length_controlled_winrate,lc_standard_error,lc_minimal_winrate,lc_difficulty_winrate,ci_low,ci_high,"
                + "lc_ci_low,lc_ci_high,lc_flat_fit,provisional,rank,rank_high,rank_low,rank_by")
        #expect(lines.count == 2)
        #expect(lines[1].split(separator: ",", omittingEmptySubsequences: false).count == LeaderboardEntry.columns.count)
        #expect(lines[1].hasPrefix("model-b,58.33333333333333"))
    }

    @Test("the leaderboard JSON is sorted, stable and carries the same numbers")
    func json() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir)
        let data = try #require(files.first { $0.path == "languages/nl/leaderboard.json" }?.data)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["model"] as? String == "model-b")
        #expect(rows[0]["n_total"] as? Int == 3)
        let site = try #require(files.first { $0.path == "leaderboard.json" }?.data)
        let all = try #require(try JSONSerialization.jsonObject(with: site) as? [[String: Any]])
        #expect(all.first?["language"] as? String == "nl")
        #expect(all.first?["judge"] as? String == "judge-a")
    }

    @Test("the README table links each language and shows progress as n/target with a percentage")
    func readme() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (_, readme) = try renderSite(dir)
        #expect(readme.contains("| [Dutch](content/languages/nl/) | Nederlands | active | lead-one | [Space](https://example.org/space) | 3/3 (100%) | 1 |"))
        let (_, absolute) = try renderSite(dir, baseURL: "https://example.org/mpep/")
        #expect(absolute.contains("[Dutch](https://example.org/mpep/languages/nl/)"))
    }

    @Test("base_url prefixes every link, for sites served under a sub-path")
    func baseURL() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (files, _) = try renderSite(dir, baseURL: "/mpep")
        let index = try #require(files.text("index.html"))
        #expect(index.contains(#"href="/mpep/assets/style.css""#))
        #expect(index.contains(#"href="/mpep/languages/nl/""#))
        #expect(!index.contains(#"href="/languages"#))
    }

    @Test("a Markdown page may use Mustache over the site's data")
    func markdownTemplating() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("pages/list.md", "---\ntitle: List\n---\n{{#languages}}\n- [{{name}}]({{url}}): {{translated}}/{{target}}\n{{/languages}}\n")
        let (files, _) = try renderSite(dir)
        let page = try #require(files.text("list/index.html"))
        #expect(page.contains(#"<li><a href="/languages/nl/">Dutch</a>: 3/3</li>"#))
    }

    @Test("a broken Mustache tag in a page is an error naming the page")
    func brokenPageTemplate() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("pages/broken.md", "---\ntitle: Broken\n---\n{{#languages}}never closed\n")
        let error = #expect(throws: SiteRenderer.Failure.self) { try renderSite(dir) }
        guard case .page(let failure) = error else { Issue.record("not a page error: \(String(describing: error))"); return }
        #expect(failure.path == "content/pages/broken.md" && failure.line == 4)
    }

    @Test("two renders of the same content are byte-identical")
    func deterministic() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (a, readmeA) = try renderSite(dir)
        let (b, readmeB) = try renderSite(dir)
        #expect(a == b)
        #expect(readmeA == readmeB)
    }
}

@Suite("Formatting")
struct FormattingTests {
    @Test("fixed-point numbers round half away from zero and ignore the locale")
    func fixed() {
        #expect(Formatting.fixed(12.25, 1) == "12.3")
        #expect(Formatting.fixed(-0.04, 1) == "0.0")
        #expect(Formatting.fixed(-1.25, 1) == "-1.3")
        #expect(Formatting.fixed(3, 2) == "3.00")
        #expect(Formatting.fixed(.nan, 1) == "–")
    }

    @Test("percentages round down so 59 of 60 is never shown as 100%")
    func percent() {
        #expect(Formatting.percent(59, of: 60) == 98)
        #expect(Formatting.percent(60, of: 60) == 100)
        #expect(Formatting.percent(1, of: 0) == 0)
    }
}

@Suite("Last updated")
struct LastUpdatedTests {
    @Test("a language's own pages carry its date; the site-wide pages the build's")
    func languageDates() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
        let templates = try TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"))
        var renderer = SiteRenderer(content: content, rankings: try Ranker.rank(content), templates: templates,
                                    buildDate: "2026-12-04T08:00:00Z")
        renderer.languageDates = ["nl": "2026-11-30T10:00:00Z"]
        let files = try renderer.render()
        let stamp = { (day: String, datetime: String) in #"Last updated <time datetime="\#(datetime)">\#(day)</time>"# }
        for path in ["languages/nl/index.html", "languages/nl/prompts/1/index.html", "languages/nl/models/model-b/index.html"] {
            #expect(try #require(files.text(path)).contains(stamp("2026-11-30", "2026-11-30T10:00:00Z")), "\(path)")
        }
        for path in ["index.html", "efforts/index.html", "models/model-b/index.html"] {
            #expect(try #require(files.text(path)).contains(stamp("2026-12-04", "2026-12-04T08:00:00Z")), "\(path)")
        }
    }
}
