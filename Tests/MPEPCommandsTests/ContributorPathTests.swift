import Foundation
import Testing
import TestSupport

/// The traps a new contributor met following the README, each now a specification of the
/// executable: data in the wrong place fails the check, usage mistakes are usage errors, and a
/// build of another tree leaves this repository's README alone.
@Suite("A contributor's path", .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct ContributorPathTests {
    @Test("annotations moved out of their judge's folder fail check and build, naming the expected path")
    func movedAnnotations() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir, at: "content")
        try FileManager.default.moveItem(at: dir.url.appendingPathComponent("content/languages/nl/annotations/judge-a/model-b.jsonl"),
                                         to: dir.url.appendingPathComponent("content/languages/nl/annotations/model-b.jsonl"))
        let check = try runMPEP(["check", "--content", "content", "--no-readme"], in: dir.url)
        #expect(check.status == 1)
        #expect(check.out.contains("content/languages/nl/annotations/model-b.jsonl: error: "), "\(check.out)")
        #expect(check.out.contains("did you mean annotations/judge-a/model-b.jsonl?"), "\(check.out)")
        let build = try runMPEP(["build", "--content", "content", "--templates", Fixtures.repositoryRoot.appendingPathComponent("templates").path,
                                 "--output", "site", "--no-readme", "--quiet"], in: dir.url)
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("site").path))
    }

    @Test("an output file with the wrong extension fails check, naming the expected file")
    func wrongExtension() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir, at: "content")
        dir.write("content/languages/nl/outputs/model-c.json", #"{"id": "p1", "output": "x"}"#)
        let check = try runMPEP(["check", "--content", "content", "--no-readme"], in: dir.url)
        #expect(check.status == 1)
        #expect(check.out.contains("content/languages/nl/outputs/model-c.json: error: "), "\(check.out)")
        #expect(check.out.contains("did you mean languages/nl/outputs/model-c.jsonl?"), "\(check.out)")
    }

    @Test("usage mistakes exit 2 and write nothing", arguments: [
        ["new", "language", "Swahili", "--name", "Swahili", "--native-name", "Kiswahili"],
        ["new", "language", "sw", "--name", "Swahili", "--native-name", "Kiswahili", "--space", "ftp://example.org/sw"],
        ["check", "--content", "/nonexistent"],
        ["build", "--content", "/nonexistent"],
        ["new", "language", "sw", "--name", "Swahili", "--native-name", "Kiswahili", "--content", "/nonexistent"],
    ])
    func usageErrors(arguments: [String]) throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir, at: "content")
        let before = folderSnapshot(dir.url)
        let result = try runMPEP(arguments, in: dir.url)
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("Error:") || result.err.contains("error:"), "\(result.err)")
        #expect(folderSnapshot(dir.url) == before)
    }

    @Test("mpep --version prints the version and exits 0")
    func version() throws {
        let dir = TemporaryDirectory()
        let result = try runMPEP(["--version"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.out.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(result.out)")
    }

    @Test("the README rewritten by default is the one beside --content, never the current folder's")
    func readmeBesideContent() throws {
        let here = TemporaryDirectory()
        let readme = "# here\n\n<!-- efforts:start -->\nthis folder's own table\n<!-- efforts:end -->\n"
        here.write("README.md", readme)
        let elsewhere = TemporaryDirectory()
        ContentTrees.minimal(in: elsewhere, at: "content")
        elsewhere.write("README.md", "# there\n\n<!-- efforts:start -->\n<!-- efforts:end -->\n")
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates").path
        let build = try runMPEP(["build", "--content", elsewhere.url.appendingPathComponent("content").path,
                                 "--templates", templates, "--output", elsewhere.url.appendingPathComponent("site").path,
                                 "--bootstrap-rounds", "0", "--quiet"], in: here.url)
        #expect(build.status == 0, "\(build.err)")
        #expect(String(decoding: try Data(contentsOf: here.url.appendingPathComponent("README.md")), as: UTF8.self) == readme)
        let there = String(decoding: try Data(contentsOf: elsewhere.url.appendingPathComponent("README.md")), as: UTF8.self)
        #expect(there.contains("[Dutch]"))
        // And check reads the same README: current after the build.
        let check = try runMPEP(["check", "--content", elsewhere.url.appendingPathComponent("content").path,
                                 "--templates", templates], in: here.url)
        #expect(check.status == 0, "\(check.out)")
    }

    @Test("a README beside --content without an efforts table is left alone, and the build succeeds")
    func readmeWithoutTable() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir, at: "content")
        dir.write("README.md", "# someone else's notes\n")
        let build = try runMPEP(["build", "--templates", Fixtures.repositoryRoot.appendingPathComponent("templates").path,
                                 "--bootstrap-rounds", "0", "--quiet"], in: dir.url)
        #expect(build.status == 0, "\(build.err)")
        #expect(String(decoding: try Data(contentsOf: dir.url.appendingPathComponent("README.md")), as: UTF8.self)
                == "# someone else's notes\n")
    }

    @Test("the scaffold's language page shows no \"Led by\" until a lead is named")
    func noEmptyLeads() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir, at: "content")
        let new = try runMPEP(["new", "language", "sw", "--name", "Swahili", "--native-name", "Kiswahili"], in: dir.url)
        #expect(new.status == 0, "\(new.err)")
        let build = try runMPEP(["build", "--templates", Fixtures.repositoryRoot.appendingPathComponent("templates").path,
                                 "--no-readme", "--bootstrap-rounds", "0", "--quiet"], in: dir.url)
        #expect(build.status == 0, "\(build.err)")
        let page = String(decoding: try Data(contentsOf: dir.url.appendingPathComponent("site/languages/sw/index.html")), as: UTF8.self)
        #expect(!page.contains("Led by"))
    }
}
