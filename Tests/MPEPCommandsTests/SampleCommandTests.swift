import Foundation
import Testing
import TestSupport

@Suite("mpep sample", .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct SampleCommandTests {
    @Test("a generated tree of the asked size checks clean and is the same for the same seed")
    func generates() throws {
        let dir = TemporaryDirectory()
        for name in ["a", "b"] {
            let result = try runMPEP(["sample", "--languages", "2", "--models", "3", "--prompts", "6", "--judges", "2",
                                      "--seed", "7", "--output", name], in: dir.url)
            #expect(result.status == 0, "\(result.err)")
        }
        let a = folderSnapshot(dir.url.appendingPathComponent("a"))
        #expect(a == folderSnapshot(dir.url.appendingPathComponent("b")))
        #expect(a.keys.filter { $0.hasPrefix("languages/") && $0.hasSuffix("/language.yml") }.count == 2)
        #expect(a.keys.filter { $0.hasPrefix("models/") }.count == 4)   // three compared and the reference
        let check = try runMPEP(["check", "--content", "a", "--no-readme"], in: dir.url)
        #expect(check.status == 0, "\(check.out)\(check.err)")
    }

    @Test("an existing non-empty folder is refused; --output and --populate exclude each other")
    func refuses() throws {
        let dir = TemporaryDirectory()
        dir.write("taken/file.txt", "x")
        #expect(try runMPEP(["sample", "--output", "taken"], in: dir.url).status == 1)
        #expect(try runMPEP(["sample"], in: dir.url).status == 2)
        #expect(try runMPEP(["sample", "--output", "x", "--populate", "y"], in: dir.url).status == 2)
    }

    @Test("--populate regenerates the shipped sample results byte for byte")
    func populatesShippedContent() throws {
        let dir = TemporaryDirectory()
        let copy = dir.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("content"), to: copy)
        let result = try runMPEP(["sample", "--populate", "content"], in: dir.url)
        #expect(result.status == 0, "\(result.err)")
        let shipped = folderSnapshot(Fixtures.repositoryRoot.appendingPathComponent("content"))
        let regenerated = folderSnapshot(copy)
        #expect(shipped.keys.sorted() == regenerated.keys.sorted())
        #expect(shipped.filter { regenerated[$0.key] != $0.value }.keys.sorted() == [])
    }
}
