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

    @Test("after one changed output, only its language is re-ranked and the site equals a clean build")
    func oneChangedFile() throws {
        let dir = try tree(SampleTreeSpec(languages: 3, models: 3, prompts: 12, judges: 2, seed: 5))
        let first = try pipeline(dir, output: "site", incremental: true).build()
        #expect(first.rankedLanguages.count == 3)
        let unchanged = try pipeline(dir, output: "site", incremental: true).build()
        #expect(unchanged.rankedLanguages == [])
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
        _ = try pipeline(dir, output: "clean", incremental: false).build()
        let built = folderSnapshot(dir.url.appendingPathComponent("site"))
        let clean = folderSnapshot(dir.url.appendingPathComponent("clean"))
        #expect(built.keys.sorted() == clean.keys.sorted())
        #expect(built.filter { clean[$0.key] != $0.value }.keys.sorted() == [])
        // …and the change reached the site (a stale cached ranking would not show it).
        #expect(built != before)
    }

    @Test("a change to a shared file (site.yml) re-ranks every language")
    func sharedFile() throws {
        let dir = try tree(SampleTreeSpec(languages: 2, models: 2, prompts: 8, judges: 1, seed: 3))
        _ = try pipeline(dir, output: "site", incremental: true).build()
        let site = dir.url.appendingPathComponent("content/site.yml")
        try Data((try String(contentsOf: site, encoding: .utf8) + "\n").utf8).write(to: site)
        #expect(try pipeline(dir, output: "site", incremental: true).build().rankedLanguages.count == 2)
    }
}
