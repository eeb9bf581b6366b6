import Foundation
import Testing
import TestSupport
import MPEPContent
@testable import MPEPCommands

/// End to end: the shipped content through every stage into a temporary folder.
@Suite("mpep build", .serialized)
struct BuildTests {
    private let root = Fixtures.repositoryRoot

    private func pipeline(output: URL, readme: URL?, content: String? = nil) -> Pipeline {
        Pipeline(paths: Pipeline.Paths(content: content ?? root.appendingPathComponent("content").path,
                                       templates: root.appendingPathComponent("templates").path,
                                       output: output.path, readme: readme?.path),
                 bootstrapRounds: 20)  // the statistics have tests of their own; keep builds quick
    }

    /// A copy of the repository's README to let builds rewrite.
    private func readmeCopy(in dir: TemporaryDirectory) throws -> URL {
        let url = dir.url.appendingPathComponent("README.md")
        try FileManager.default.copyItem(at: root.appendingPathComponent("README.md"), to: url)
        return url
    }

    @Test("the shipped content builds into every page the site promises")
    func shippedContent() throws {
        let dir = TemporaryDirectory()
        let output = dir.url.appendingPathComponent("site")
        let report = try pipeline(output: output, readme: try readmeCopy(in: dir)).build()
        #expect(!report.diagnostics.hasErrors)
        let files = folderSnapshot(output)
        for path in ["index.html", "efforts/index.html", "methodology/index.html", "contribute/index.html",
                     "languages/nl/index.html", "languages/ar/index.html", "languages/nl/leaderboard.json",
                     "languages/nl/leaderboard.csv", "leaderboard.json", "assets/style.css", "README.md"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        let arabic = String(decoding: files["languages/ar/index.html"] ?? Data(), as: UTF8.self)
        #expect(arabic.contains(#"dir="rtl""#))
        let languageCount = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("content/languages").path).count
        // One leaderboard page per language (`languages/<code>/index.html`); the drill-down pages sit deeper.
        #expect(files.keys.filter { $0.hasPrefix("languages/") && $0.hasSuffix("/index.html")
            && $0.split(separator: "/").count == 3 }.count == languageCount)
    }

    @Test("the shipped content and README check clean: the efforts table in the README is current")
    func shippedContentChecksClean() {
        let dir = TemporaryDirectory()
        let diagnostics = Pipeline(paths: Pipeline.Paths(
            content: root.appendingPathComponent("content").path, templates: root.appendingPathComponent("templates").path,
            output: dir.url.appendingPathComponent("site").path, readme: root.appendingPathComponent("README.md").path)).check()
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test("a missing template stops the build before the statistics run, and nothing is written")
    func missingTemplateFailsEarly() throws {
        let dir = TemporaryDirectory()
        let templates = dir.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: root.appendingPathComponent("templates"), to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("layout.mustache"))
        let output = dir.url.appendingPathComponent("site")
        let stages = StageLog()
        var pipeline = Pipeline(paths: Pipeline.Paths(content: root.appendingPathComponent("content").path,
                                                      templates: templates.path, output: output.path, readme: nil),
                                bootstrapRounds: 20)
        pipeline.progress = { event in
            if case .stage(let name, _, _) = event { stages.append(name) }
        }
        #expect(throws: Pipeline.Failure.self) { try pipeline.build() }
        #expect(stages.names == ["load", "check"])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("the README's efforts region is rewritten and the rest of the file is kept")
    func readmeRegion() throws {
        let dir = TemporaryDirectory()
        let readme = try readmeCopy(in: dir)
        let before = try String(contentsOf: readme, encoding: .utf8)
        _ = try pipeline(output: dir.url.appendingPathComponent("site"), readme: readme).build()
        let after = try String(contentsOf: readme, encoding: .utf8)
        let head = before.components(separatedBy: "<!-- efforts:start -->")[0]
        let tail = before.components(separatedBy: "<!-- efforts:end -->")[1]
        #expect(after.hasPrefix(head + "<!-- efforts:start -->"))
        #expect(after.hasSuffix("<!-- efforts:end -->" + tail))
        #expect(after.contains("| [Dutch](content/languages/nl/) | Nederlands | complete |"))
    }

    @Test("two builds of the same content are byte-identical")
    func deterministic() throws {
        let dir = TemporaryDirectory()
        let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b")
        _ = try pipeline(output: a, readme: nil).build()
        _ = try pipeline(output: b, readme: nil).build()
        let first = folderSnapshot(a), second = folderSnapshot(b)
        #expect(first.count > 20)
        #expect(first == second)
    }

    @Test("a broken JSONL line fails the build with path:line and leaves the previous site untouched")
    func brokenLine() throws {
        let dir = TemporaryDirectory()
        let content = dir.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: root.appendingPathComponent("content"), to: content)
        let output = dir.url.appendingPathComponent("site")
        let readme = try readmeCopy(in: dir)
        _ = try pipeline(output: output, readme: readme, content: content.path).build()
        let siteBefore = folderSnapshot(output)
        let readmeBefore = try Data(contentsOf: readme)

        let file = content.appendingPathComponent("languages/nl/prompts.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[6] = #"{"id": "mpep-007", "prompt": "unterminated"#
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        #expect {
            try pipeline(output: output, readme: readme, content: content.path).build()
        } throws: { error in
            guard case Pipeline.Failure.content(let diagnostics) = error else { return false }
            return diagnostics.contains { $0.path.hasSuffix("content/languages/nl/prompts.jsonl") && $0.line == 7 }
        }
        #expect(folderSnapshot(output) == siteBefore)
        #expect(try Data(contentsOf: readme) == readmeBefore)
    }
}

/// Stage names a build reported, collected from its progress callback.
private final class StageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ name: String) { lock.withLock { stored.append(name) } }
    var names: [String] { lock.withLock { stored } }
}
