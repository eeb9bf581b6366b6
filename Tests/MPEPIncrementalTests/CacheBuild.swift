import Foundation
import MPEPContent
import MPEPIncremental
import MPEPRank
import MPEPRender
import TestSupport

/// A content tree with two languages, a templates folder and an output folder, and builds over
/// them that use the cache as the pipeline does, with stand-ins for the rank and render stages:
/// what the cache reused and what it let be computed is the subject of these tests.
struct CacheWorkspace {
    let dir = TemporaryDirectory("mpep-cache")
    var content: URL { dir.url.appendingPathComponent("content") }
    var output: URL { dir.url.appendingPathComponent("site") }
    var rankOptions = ["bootstrap rounds 20"]
    var pageOptions = ["base url /"]
    var languageDates = ["fr": "2026-12-01T00:00:00Z", "nl": "2026-12-01T00:00:00Z"]

    init() {
        ContentTrees.minimal(in: dir, at: "content")
        for file in ["language.yml", "prompts.jsonl", "outputs/ref-model.jsonl", "outputs/model-b.jsonl",
                     "annotations/judge-a/model-b.jsonl"] {
            let text = try! String(contentsOf: content.appendingPathComponent("languages/nl/" + file), encoding: .utf8)
            dir.write("content/languages/fr/" + file, text)
        }
        dir.write("templates/page.mustache", "<p>{{title}}</p>\n")
    }

    /// What one build computed afresh; the rest came from the cache.
    struct Outcome: Equatable {
        var outlined: [String] = []
        var ranked: [String] = []
        var rendered: [String] = []
        /// Prompt pages the cache gave back inside languages rendered afresh.
        var reusedPages: [String] = []
    }

    var inputs: BuildInputs {
        BuildInputs(content: content, contentDisplay: "content", templates: dir.url.appendingPathComponent("templates"),
                    output: output, cacheFolder: dir.url.appendingPathComponent(".mpep-cache"),
                    rankOptions: rankOptions, pageOptions: pageOptions, languageDates: languageDates)
    }

    /// One build: plan, load (outlining what the cache serves), rank, render, write, commit
    /// (unless `commits` is false: a build that failed before its site was in place).
    @discardableResult
    func build(commits: Bool = true, cache: (any BuildCache)? = nil) throws -> Outcome {
        let cache = cache ?? IncrementalCache(inputs)
        let loaded = ContentLoader(root: content, displayRoot: "content", outlined: cache.outlined).load()
        guard let content = loaded.content else { throw CacheTestError.unloadable(loaded.diagnostics) }
        var outcome = Outcome(outlined: cache.outlined.sorted())
        var site: [RenderedFile] = []
        for language in content.languages {
            let code = language.info.code
            let ranking: LanguageRanking
            if let cached = cache.ranking(for: language) {
                ranking = cached
            } else {
                ranking = LanguageRanking(code: code, reference: "ref-model", leaderboards: [], primaryJudge: "judge-a",
                                          agreement: [])
                cache.keep(ranking, for: language)
                outcome.ranked.append(code)
            }
            if let files = cache.files(for: language) {
                site += files
                continue
            }
            outcome.rendered.append(code)
            guard let records = language.loaded else { throw CacheTestError.outlinedWithoutPages(code) }
            var files = [RenderedFile(path: "languages/\(code)/index.html", text: "\(code): \(records.outputs.count) models")]
            // A prompt page per translation, keyed by its text as the renderer keys a prompt page.
            for prompt in language.prompts {
                var inputs = ContentHash()
                inputs.add(prompt.prompt)
                let path = "languages/\(code)/prompts/\(prompt.id)/index.html"
                if let reused = cache.page(path, inputs: inputs, language: language) {
                    files.append(reused)
                    outcome.reusedPages.append(path)
                } else {
                    files.append(RenderedFile(path: path, data: Data(prompt.prompt.utf8), inputs: inputs))
                }
            }
            cache.store(files, for: language)
            site += files
        }
        guard commits else { return outcome }
        try write(site)
        cache.commit(content, diagnostics: loaded.diagnostics)
        return outcome
    }

    /// The write stage, plainly: a new output folder with every file (reused ones copied from the old).
    private func write(_ files: [RenderedFile]) throws {
        let fm = FileManager.default
        let staged = dir.url.appendingPathComponent("staged")
        try? fm.removeItem(at: staged)
        for file in files {
            let url = staged.appendingPathComponent(file.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        try? fm.removeItem(at: output)
        try fm.moveItem(at: staged, to: output)
    }

    /// Appends `text` to a file of the tree (by path under the workspace).
    func append(_ text: String, to path: String) throws {
        let url = dir.url.appendingPathComponent(path)
        try (try Data(contentsOf: url) + Data(text.utf8)).write(to: url)
    }
}

enum CacheTestError: Error {
    case unloadable([Diagnostic])
    case outlinedWithoutPages(String)
}
