import Foundation
import Testing
import TestSupport

/// The executable's contract with scripts: 0 ok, 1 content errors, 2 usage errors.
@Suite("mpep exit codes", .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct ExitCodeTests {
    @Test("a broken line prints path:line: message and exits 1")
    func contentError() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/prompts.jsonl", "{\"id\": \"p1\", \"prompt\": \"x\"}\n{\"id\": \"p2\" \"prompt\": \"y\"}\n")
        let result = try runMPEP(["check", "--content", dir.url.path], in: dir.url)
        #expect(result.status == 1)
        #expect(result.out.contains("\(dir.url.path)/languages/nl/prompts.jsonl:2:13: error: invalid JSON"))
    }

    @Test("an unknown option exits 2")
    func usageError() throws {
        let dir = TemporaryDirectory()
        let result = try runMPEP(["build", "--no-such-option"], in: dir.url)
        #expect(result.status == 2)
        #expect(result.err.contains("no-such-option"))
    }

    @Test("valid content checks with exit 0")
    func clean() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let result = try runMPEP(["check", "--content", dir.url.path, "--no-readme"], in: dir.url)
        #expect(result.status == 0, "\(result.out)\(result.err)")
    }
}
