import Foundation
import Testing
import TestSupport

/// The broken trees through the real `mpep` executable: `check` prints exactly the expected lines
/// and exits 1 on errors (0 on warnings only); `build` exits 1 and writes nothing.
@Suite("Broken trees through mpep", .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct BrokenTreeCommandTests {
    @Test("check reports each broken tree's diagnostics and exit code; build writes nothing", arguments: BrokenTrees.all)
    func command(_ tree: BrokenTree) throws {
        let dir = TemporaryDirectory("mpep-broken")
        ContentTrees.minimal(in: dir)
        tree.mutate(dir)
        let work = TemporaryDirectory("mpep-broken-run")
        let hasErrors = tree.expected.contains { $0.contains(": error: ") }

        let check = try runMPEP(["check", "--content", dir.url.path, "--no-readme"], in: work.url)
        let lines = check.out.split(separator: "\n").map { $0.replacingOccurrences(of: dir.url.path, with: "content") }
        #expect(Array(lines.dropLast()) == tree.expected)
        #expect(check.status == (hasErrors ? 1 : 0))

        let output = work.url.appendingPathComponent("site")
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates").path
        let build = try runMPEP(["build", "--content", dir.url.path, "--templates", templates,
                                 "--output", output.path, "--no-readme",
                                 "--bootstrap-rounds", "0", "--quiet"], in: work.url)
        if hasErrors {
            #expect(build.status == 1)
            #expect(!FileManager.default.fileExists(atPath: output.path), "a failed build must write nothing")
            #expect(build.err.contains("nothing was written"))
        } else {
            #expect(build.status == 0, "\(build.err)")
        }
    }
}
