import Foundation
import MPEPIncremental
import Testing
import TestSupport

/// Each kind of input invalidates exactly what is computed from it: a language's files its own
/// ranking and pages; the shared content every ranking and page; Markdown pages, templates and
/// page options every language's pages but no ranking.
@Suite("Incremental builds: what a changed input invalidates")
struct InvalidationTests {
    private static func promptPages(_ code: String) -> [String] {
        ["p1", "p2", "p3"].map { "languages/\(code)/prompts/\($0)/index.html" }
    }

    /// A workspace built once, so the next build starts from a full cache.
    private func built() throws -> CacheWorkspace {
        let workspace = CacheWorkspace()
        let first = try workspace.build()
        #expect(first == .init(outlined: [], ranked: ["fr", "nl"], rendered: ["fr", "nl"]))
        return workspace
    }

    @Test("nothing changed: every language is read in outline and served from the cache")
    func nothingChanged() throws {
        let workspace = try built()
        #expect(try workspace.build() == .init(outlined: ["fr", "nl"], ranked: [], rendered: []))
    }

    @Test("a file in one language's folder re-ranks and re-renders that language only")
    func languageFile() throws {
        let workspace = try built()
        try workspace.append(#"{"id": "p4", "output": "extra"}"# + "\n", to: "content/languages/fr/outputs/model-b.jsonl")
        // The stand-in prompt pages are drawn from the translations alone: reused on their own.
        #expect(try workspace.build() == .init(outlined: ["nl"], ranked: ["fr"], rendered: ["fr"],
                                               reusedPages: Self.promptPages("fr")))
        #expect(try workspace.build() == .init(outlined: ["fr", "nl"], ranked: [], rendered: []))
    }

    @Test("within a language rendered afresh, only the prompt pages whose inputs changed are rendered")
    func promptPages() throws {
        let workspace = try built()
        let prompts = workspace.dir.url.appendingPathComponent("content/languages/nl/prompts.jsonl")
        let text = try String(contentsOf: prompts, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Leg recursie uit.", with: "Leg recursie kort uit.").utf8).write(to: prompts)
        let outcome = try workspace.build()
        #expect(outcome.rendered == ["nl"])
        #expect(outcome.reusedPages == ["languages/nl/prompts/p1/index.html", "languages/nl/prompts/p2/index.html"])
    }

    @Test("a shared content file re-ranks and re-renders every language", arguments: [
        "content/site.yml", "content/prompts.jsonl", "content/models/model-b.yml", "content/judges/judge-a.yml",
    ])
    func sharedFile(_ path: String) throws {
        let workspace = try built()
        try workspace.append("\n", to: path)
        #expect(try workspace.build() == .init(outlined: [], ranked: ["fr", "nl"], rendered: ["fr", "nl"]))
    }

    @Test("a Markdown page or a template re-renders every language and re-ranks none", arguments: [
        "content/pages/index.md", "templates/page.mustache",
    ])
    func pagesOnly(_ path: String) throws {
        let workspace = try built()
        try workspace.append("\n", to: path)
        #expect(try workspace.build() == .init(outlined: [], ranked: [], rendered: ["fr", "nl"]))
    }

    @Test("a page option (base URL, answer layout) re-renders every language and re-ranks none")
    func pageOption() throws {
        var workspace = try built()
        workspace.pageOptions = ["base url /mpep/"]
        #expect(try workspace.build() == .init(outlined: [], ranked: [], rendered: ["fr", "nl"]))
    }

    @Test("a language's date re-renders that language's pages only, its prompt pages too, and re-ranks none")
    func languageDate() throws {
        var workspace = try built()
        workspace.languageDates["fr"] = "2026-12-02T09:00:00Z"
        #expect(try workspace.build() == .init(outlined: ["nl"], ranked: [], rendered: ["fr"]))
    }

    @Test("a rank option re-ranks and re-renders every language: pages show the ranking")
    func rankOption() throws {
        var workspace = try built()
        workspace.rankOptions = ["bootstrap rounds 0"]
        #expect(try workspace.build() == .init(outlined: [], ranked: ["fr", "nl"], rendered: ["fr", "nl"]))
    }

    @Test("a file changed in the published site re-renders its language; the ranking is reused")
    func editedSite() throws {
        let workspace = try built()
        let page = workspace.output.appendingPathComponent("languages/fr/index.html")
        try Data("defaced".utf8).write(to: page)
        #expect(try workspace.build() == .init(outlined: ["nl"], ranked: [], rendered: ["fr"],
                                               reusedPages: Self.promptPages("fr")))
        #expect(try String(contentsOf: page, encoding: .utf8) == "fr: 2 models")
    }

    @Test("a folder written again with the same bytes (new stamps) is hashed, found unchanged and still served")
    func sameBytes() throws {
        let workspace = try built()
        let yml = workspace.dir.url.appendingPathComponent("content/languages/fr/language.yml")
        let bytes = try Data(contentsOf: yml)
        try FileManager.default.removeItem(at: yml)
        try bytes.write(to: yml)
        #expect(try workspace.build() == .init(outlined: ["fr", "nl"], ranked: [], rendered: []))
    }

    @Test("a language added or removed leaves the others served")
    func addedLanguage() throws {
        let workspace = try built()
        try FileManager.default.copyItem(at: workspace.content.appendingPathComponent("languages/fr"),
                                         to: workspace.content.appendingPathComponent("languages/de"))
        #expect(try workspace.build() == .init(outlined: ["fr", "nl"], ranked: ["de"], rendered: ["de"]))
        try FileManager.default.removeItem(at: workspace.content.appendingPathComponent("languages/fr"))
        #expect(try workspace.build() == .init(outlined: ["de", "nl"], ranked: [], rendered: []))
    }

    @Test("a build that fails before its site is in place records nothing: the next one starts from the last good build")
    func failedBuild() throws {
        let workspace = try built()
        try workspace.append("\n", to: "content/languages/fr/language.yml")
        let failed = try workspace.build(commits: false)
        #expect(failed == .init(outlined: ["nl"], ranked: ["fr"], rendered: ["fr"]))
        #expect(try workspace.build() == failed)
    }

    @Test("without a cache everything is computed and nothing is written to the cache folder")
    func noCache() throws {
        let workspace = CacheWorkspace()
        for _ in 0..<2 {
            #expect(try workspace.build(cache: NoCache()) == .init(outlined: [], ranked: ["fr", "nl"], rendered: ["fr", "nl"]))
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.dir.url.appendingPathComponent(".mpep-cache").path))
    }
}
