import Foundation
import MPEPCommands
import MPEPSample
import Testing
import TestSupport

@Suite("Incremental builds: the content-hash cache gives a clean build's bytes")
struct IncrementalBuildTests {
    /// A tree and a private copy of the templates (others may edit the repository's meanwhile).
    func tree(_ spec: SampleTreeSpec) throws -> TemporaryDirectory {
        let dir = TemporaryDirectory("mpep-incremental")
        try SampleTree.generate(spec, into: dir.url.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("templates"),
                                         to: dir.url.appendingPathComponent("templates"))
        return dir
    }

    func pipeline(_ dir: TemporaryDirectory, output: String, incremental: Bool) -> Pipeline {
        var pipeline = Pipeline(paths: Pipeline.Paths(
            content: dir.url.appendingPathComponent("content").path,
            templates: dir.url.appendingPathComponent("templates").path,
            output: dir.url.appendingPathComponent(output).path, readme: nil), bootstrapRounds: 20)
        pipeline.incremental = incremental
        return pipeline
    }

    @Test("after one changed output, only its language is re-ranked and re-rendered, and the site equals a clean build")
    func oneChangedFile() throws {
        let dir = try tree(SampleTreeSpec(languages: 3, models: 3, prompts: 12, judges: 2, seed: 5))
        let first = try pipeline(dir, output: "site", incremental: true).build()
        #expect(first.rankedLanguages.count == 3)
        #expect(first.renderedLanguages.count == 3)
        let unchanged = try pipeline(dir, output: "site", incremental: true).build()
        #expect(unchanged.rankedLanguages == [])
        #expect(unchanged.renderedLanguages == [])
        let before = folderSnapshot(dir.url.appendingPathComponent("site"))

        // One model's first answer in one language gets longer: its length-controlled figures move.
        let outputs = dir.url.appendingPathComponent("content/languages")
        let code = try #require(try FileManager.default.contentsOfDirectory(atPath: outputs.path).sorted().first)
        let folder = outputs.appendingPathComponent("\(code)/outputs")
        let file = folder.appendingPathComponent(try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first))
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"output\":\"", with: "\"output\":\"A much longer start. ")
            .utf8).write(to: file)

        let incremental = try pipeline(dir, output: "site", incremental: true).build()
        #expect(incremental.rankedLanguages == [code])
        #expect(incremental.renderedLanguages == [code])
        // The other languages' folders are unchanged: only their outlines were read.
        #expect(incremental.outlinedLanguages.count == 2 && !incremental.outlinedLanguages.contains(code))
        _ = try pipeline(dir, output: "clean", incremental: false).build()
        let built = folderSnapshot(dir.url.appendingPathComponent("site"))
        let clean = folderSnapshot(dir.url.appendingPathComponent("clean"))
        #expect(built.keys.sorted() == clean.keys.sorted())
        #expect(built.filter { clean[$0.key] != $0.value }.keys.sorted() == [])
        // …and the change reached the site (a stale cached ranking would not show it).
        #expect(built != before)
    }

    @Test("one changed translation re-renders its prompt page and reuses the language's others, as a clean build would write them")
    func oneChangedTranslation() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 3, prompts: 10, judges: 2, seed: 8))
        let first = try pipeline(dir, output: "site", incremental: true).build()
        #expect(first.reusedPages == 0)
        let languages = dir.url.appendingPathComponent("content/languages")
        let code = try #require(try FileManager.default.contentsOfDirectory(atPath: languages.path).sorted().first)
        let prompts = languages.appendingPathComponent("\(code)/prompts.jsonl")
        var lines = try String(contentsOf: prompts, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let translated = lines.filter { !$0.isEmpty }.count
        lines[0] = Substring(lines[0].replacingOccurrences(of: "\"prompt\":\"", with: "\"prompt\":\"Revised: "))
        try Data(lines.joined(separator: "\n").utf8).write(to: prompts)

        let incremental = try pipeline(dir, output: "site", incremental: true).build()
        #expect(incremental.renderedLanguages == [code])
        #expect(incremental.reusedPages == translated - 1)
        _ = try pipeline(dir, output: "clean", incremental: false).build()
        #expect(folderSnapshot(dir.url.appendingPathComponent("site")) == folderSnapshot(dir.url.appendingPathComponent("clean")))
        let page = try String(contentsOf: dir.url.appendingPathComponent("site/languages/\(code)/prompts/1/index.html"), encoding: .utf8)
        #expect(page.contains("Revised: "))
    }

    @Test("a build with nothing changed reads every language in outline and still reports their warnings")
    func outlinedWarnings() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 6))
        let languages = dir.url.appendingPathComponent("content/languages")
        let code = try #require(try FileManager.default.contentsOfDirectory(atPath: languages.path).sorted().first)
        let yml = languages.appendingPathComponent("\(code)/language.yml")
        try (try Data(contentsOf: yml) + Data("notes: drafts are in the Space\n".utf8)).write(to: yml)   // a key the contract does not know
        let first = try pipeline(dir, output: "site", incremental: true).build()
        #expect(first.outlinedLanguages == [])
        let warning = try #require(first.diagnostics.first { $0.path.hasSuffix("\(code)/language.yml") && $0.severity == .warning })
        let second = try pipeline(dir, output: "site", incremental: true).build()
        #expect(second.outlinedLanguages.count == 2)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.diagnostics.contains(warning))
    }

    @Test("an outlined language missing from the cache is loaded in full again, and the site is a clean build's")
    func clearedCache() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 7))
        _ = try pipeline(dir, output: "site", incremental: true).build()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent(".mpep-cache/rank"))
        let report = try pipeline(dir, output: "site", incremental: true).build()
        #expect(report.outlinedLanguages == [])
        #expect(report.rankedLanguages.count == 2)
        _ = try pipeline(dir, output: "clean", incremental: false).build()
        #expect(folderSnapshot(dir.url.appendingPathComponent("site")) == folderSnapshot(dir.url.appendingPathComponent("clean")))
    }

    @Test("a damaged render-cache entry is a cache miss: the language is rendered again, as a clean build would")
    func damagedRenderEntry() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 9))
        _ = try pipeline(dir, output: "site", incremental: true).build()
        let entries = dir.url.appendingPathComponent(".mpep-cache/render")
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: entries.path).sorted().first)
        let text = try String(contentsOf: entries.appendingPathComponent(entry), encoding: .utf8)
        // Its header line alone, then cut inside the file list.
        for damaged in [String(text.prefix { $0 != "\n" }) + "\n", String(text.prefix(text.count / 2))] {
            try Data(damaged.utf8).write(to: entries.appendingPathComponent(entry))
            let report = try pipeline(dir, output: "site", incremental: true).build()
            #expect(report.renderedLanguages.count == 1)
        }
        _ = try pipeline(dir, output: "clean", incremental: false).build()
        #expect(folderSnapshot(dir.url.appendingPathComponent("site")) == folderSnapshot(dir.url.appendingPathComponent("clean")))
    }

    @Test("a change to a shared file (site.yml) re-ranks every language")
    func sharedFile() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 3))
        _ = try pipeline(dir, output: "site", incremental: true).build()
        let site = dir.url.appendingPathComponent("content/site.yml")
        try Data((try String(contentsOf: site, encoding: .utf8) + "\n").utf8).write(to: site)
        let report = try pipeline(dir, output: "site", incremental: true).build()
        #expect(report.rankedLanguages.count == 2)
        #expect(report.renderedLanguages.count == 2)
        #expect(report.outlinedLanguages == [])
    }

    @Test("a reused page is checked against what was rendered: one edited in the output is rendered again")
    func editedOutputFile() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 4))
        _ = try pipeline(dir, output: "site", incremental: true).build()
        let languages = dir.url.appendingPathComponent("site/languages")
        let code = try #require(try FileManager.default.contentsOfDirectory(atPath: languages.path).sorted().first)
        let page = languages.appendingPathComponent("\(code)/prompts/1/index.html")
        let original = try Data(contentsOf: page)
        try Data("defaced".utf8).write(to: page)
        let report = try pipeline(dir, output: "site", incremental: true).build()
        #expect(report.renderedLanguages == [code])
        #expect(try Data(contentsOf: page) == original)
    }

    @Test("a template change re-renders every language but re-ranks none")
    func templateChange() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 6))
        _ = try pipeline(dir, output: "site", incremental: true).build()
        let template = dir.url.appendingPathComponent("templates/prompt.mustache")
        try Data((try String(contentsOf: template, encoding: .utf8) + "<!-- edited -->\n").utf8).write(to: template)
        let report = try pipeline(dir, output: "site", incremental: true).build()
        #expect(report.rankedLanguages == [])
        #expect(report.renderedLanguages.count == 2)
        let page = dir.url.appendingPathComponent("site/languages")
        let code = try #require(try FileManager.default.contentsOfDirectory(atPath: page.path).sorted().first)
        #expect(try String(contentsOf: page.appendingPathComponent("\(code)/prompts/1/index.html"), encoding: .utf8)
            .contains("<!-- edited -->"))
    }
}
