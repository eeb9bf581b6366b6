import Foundation
import MPEPCheck
import MPEPContent
import Testing
import TestSupport

/// What a contributor reads first decides what they fix first: every independent problem is
/// reported in one run, and a cause comes before the errors that follow from it.
@Suite("One run reports every problem, causes first")
struct ReportOrderTests {
    /// The loader's and the checker's findings in the order `mpep check` prints them.
    private func report(_ dir: TemporaryDirectory, readme: ReadmeStatus? = nil) throws -> [String] {
        let loaded = ContentLoader(root: dir.url, displayRoot: "content").load()
        let content = try #require(loaded.content)
        return Checker(contentRoot: "content", readme: readme).check(content, after: loaded.diagnostics).map(\.description)
    }

    @Test("a bad status in language.yml hides neither a bad prompt id nor a \"2\" preference")
    func badStatusHidesNothing() throws {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        dir.replace("languages/nl/language.yml", "status: active", with: "status: finished")
        dir.replace("languages/nl/language.yml", "target: 3", with: "target: 4")
        dir.append("languages/nl/prompts.jsonl", #"{"id": "p9", "prompt": "Geen bron."}"#)
        dir.replace("languages/nl/annotations/judge-a/model-b.jsonl", #""preference": 2}"#, with: #""preference": "2"}"#)
        let lines = try report(dir)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/languages/nl/language.yml:4:1: error: \"status\" must be one of") })
        #expect(lines.contains { $0.hasPrefix("content/languages/nl/annotations/judge-a/model-b.jsonl:1:") && $0.contains("\"2\"") })
        #expect(lines.contains { $0.hasPrefix("content/languages/nl/prompts.jsonl:4: error: \"id\" \"p9\" is not a prompt of the source set") })
    }

    @Test("a model file with an empty name is reported as that, not as a missing model file")
    func emptyNameIsNotMissing() throws {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        dir.replace("models/model-b.yml", "name: Model B", with: "name: \"\"")
        #expect(try report(dir) == [#"content/models/model-b.yml:1:1: error: "name" must be a non-empty string"#])
    }

    @Test("a file's own error (a broken JSON line) comes before the cross-file errors it causes")
    func parseErrorFirst() throws {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        dir.replace("languages/nl/prompts.jsonl", #"{"id": "p3", "prompt": "Leg recursie uit."}"#, with: #"{"id": "p3" "prompt": "Leg recursie uit."}"#)
        let lines = try report(dir)
        // Sorted by path alone, the annotations' and outputs' errors (they answer p3, now lost) would come first.
        #expect(lines.first?.hasPrefix("content/languages/nl/prompts.jsonl:3:") == true, "\(lines)")
        #expect(lines.dropFirst().contains { $0.hasPrefix("content/languages/nl/annotations/") }, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { !$0.hasPrefix("content/languages/nl/prompts.jsonl") })
    }

    @Test("a stale README comes last and, after other errors, says to fix them before `mpep build`")
    func staleReadmeLast() throws {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        dir.replace("languages/nl/language.yml", "target: 3", with: "target: 4")
        dir.append("languages/nl/prompts.jsonl", #"{"id": "p9", "prompt": "Geen bron."}"#)
        let stale = ReadmeStatus(path: "README.md", isCurrent: false, markerLine: 3)
        let lines = try report(dir, readme: stale)
        #expect(lines.count == 2)
        #expect(lines.last == "README.md:3: error: the table of translation efforts is out of date with the content; "
                + "fix the errors above, then run `mpep build` and commit README.md")
    }
}
