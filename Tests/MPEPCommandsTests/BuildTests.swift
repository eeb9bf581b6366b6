import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPParallel
@testable import MPEPCommands

/// End to end: a generated content tree through every stage into a temporary folder. Never the
/// repository's content/: what a contributor adds there must not decide whether the tests pass.
@Suite("mpep build", .serialized, .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct BuildTests {
    private let root = Fixtures.repositoryRoot

    private func pipeline(output: URL, readme: URL?, content: URL) -> Pipeline {
        Pipeline(paths: Pipeline.Paths(content: content.path,
                                       templates: root.appendingPathComponent("templates").path,
                                       output: output.path, readme: readme?.path),
                 bootstrapRounds: 20)  // the statistics have tests of their own; keep builds quick
    }

    /// A generated tree in `dir/content`: Dutch, Russian and Arabic (right to left), and the
    /// pages the site links to.
    private func sampleContent(in dir: TemporaryDirectory) throws -> URL {
        let result = try runMPEP(["sample", "--languages", "3", "--models", "4", "--prompts", "12", "--judges", "2",
                                  "--seed", "5", "--output", "content"], in: dir.url)
        try #require(result.status == 0, "mpep sample: \(result.err)")
        dir.write("content/pages/methodology.md", "---\ntitle: Methodology\norder: 1\n---\n# How models are ranked\n")
        dir.write("content/pages/contribute.md", "---\ntitle: Contribute\norder: 2\n---\n# Add a language\n")
        return dir.url.appendingPathComponent("content")
    }

    /// A copy of the repository's README to let builds rewrite.
    private func readmeCopy(in dir: TemporaryDirectory) throws -> URL {
        let url = dir.url.appendingPathComponent("README.md")
        try FileManager.default.copyItem(at: root.appendingPathComponent("README.md"), to: url)
        return url
    }

    @Test("a content tree builds into every page the site promises")
    func everyPage() throws {
        let dir = TemporaryDirectory()
        let content = try sampleContent(in: dir)
        let output = dir.url.appendingPathComponent("site")
        let report = try pipeline(output: output, readme: try readmeCopy(in: dir), content: content).build()
        #expect(!report.diagnostics.hasErrors)
        let files = folderSnapshot(output)
        for path in ["index.html", "efforts/index.html", "methodology/index.html", "contribute/index.html",
                     "languages/nl/index.html", "languages/ar/index.html", "languages/nl/leaderboard.json",
                     "languages/nl/leaderboard.csv", "leaderboard.json", "assets/style.css", "README.md"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        let arabic = String(decoding: files["languages/ar/index.html"] ?? Data(), as: UTF8.self)
        #expect(arabic.contains(#"dir="rtl""#))
        // One leaderboard page per language (`languages/<code>/index.html`); the drill-down pages sit deeper.
        #expect(files.keys.filter { $0.hasPrefix("languages/") && $0.hasSuffix("/index.html")
            && $0.split(separator: "/").count == 3 }.sorted()
            == ["languages/ar/index.html", "languages/nl/index.html", "languages/ru/index.html"])
    }

    @Test("after a build, the content and its README check clean: the efforts table is current")
    func checksCleanAfterBuild() throws {
        let dir = TemporaryDirectory()
        let content = try sampleContent(in: dir)
        let readme = try readmeCopy(in: dir)
        _ = try pipeline(output: dir.url.appendingPathComponent("site"), readme: readme, content: content).build()
        let diagnostics = pipeline(output: dir.url.appendingPathComponent("site"), readme: readme, content: content).check()
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test("a missing template stops the build before the statistics run, and nothing is written")
    func missingTemplateFailsEarly() throws {
        let dir = TemporaryDirectory()
        let templates = dir.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: root.appendingPathComponent("templates"), to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("layout.mustache"))
        let output = dir.url.appendingPathComponent("site")
        let stages = Locked<[String]>([])
        var pipeline = Pipeline(paths: Pipeline.Paths(content: try sampleContent(in: dir).path,
                                                      templates: templates.path, output: output.path, readme: nil),
                                bootstrapRounds: 20)
        pipeline.progress = { event in
            if case .stage(let name, _, _) = event { stages.withLock { $0.append(name) } }
        }
        #expect(throws: Pipeline.Failure.self) { try pipeline.build() }
        #expect(stages.current == ["load", "check"])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("the README's efforts region is rewritten and the rest of the file is kept")
    func readmeRegion() throws {
        let dir = TemporaryDirectory()
        let readme = try readmeCopy(in: dir)
        let before = try String(contentsOf: readme, encoding: .utf8)
        _ = try pipeline(output: dir.url.appendingPathComponent("site"), readme: readme, content: try sampleContent(in: dir)).build()
        let after = try String(contentsOf: readme, encoding: .utf8)
        let head = before.components(separatedBy: "<!-- efforts:start -->")[0]
        let tail = before.components(separatedBy: "<!-- efforts:end -->")[1]
        #expect(after.hasPrefix(head + "<!-- efforts:start -->"))
        #expect(after.hasSuffix("<!-- efforts:end -->" + tail))
        #expect(after.contains("| [Dutch](content/languages/nl/) | Nederlands | "))
        #expect(after.contains("| [Arabic](content/languages/ar/) | العربية | "))
    }

    @Test("two builds of the same content are byte-identical")
    func deterministic() throws {
        let dir = TemporaryDirectory()
        let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b")
        let content = try sampleContent(in: dir)
        _ = try pipeline(output: a, readme: nil, content: content).build()
        _ = try pipeline(output: b, readme: nil, content: content).build()
        let first = folderSnapshot(a), second = folderSnapshot(b)
        #expect(first.count > 20)
        #expect(firstDifference(first, second) == nil)
    }

    @Test("a broken JSONL line fails the build with path:line and leaves the previous site untouched")
    func brokenLine() throws {
        let dir = TemporaryDirectory()
        let content = try sampleContent(in: dir)
        let output = dir.url.appendingPathComponent("site")
        let readme = try readmeCopy(in: dir)
        _ = try pipeline(output: output, readme: readme, content: content).build()
        let siteBefore = folderSnapshot(output)
        let readmeBefore = try Data(contentsOf: readme)

        let file = content.appendingPathComponent("languages/nl/prompts.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[6] = #"{"id": "p-007", "prompt": "unterminated"#
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        #expect {
            try pipeline(output: output, readme: readme, content: content).build()
        } throws: { error in
            guard case Pipeline.Failure.content(let diagnostics) = error else { return false }
            return diagnostics.contains { $0.path.hasSuffix("content/languages/nl/prompts.jsonl") && $0.line == 7 }
        }
        #expect(folderSnapshot(output) == siteBefore)
        #expect(try Data(contentsOf: readme) == readmeBefore)
    }
}
