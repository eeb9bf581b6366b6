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

    /// On a generated tree, not the repository's content/: a contributor's new language must not
    /// decide whether the suite passes (the shipped content's freshness is .ci/check-sample's job).
    @Test("--populate regenerates the sample results byte for byte from the translations alone")
    func populatesFromTranslations() throws {
        let dir = TemporaryDirectory()
        #expect(try runMPEP(["sample", "--languages", "3", "--models", "2", "--prompts", "8", "--output", "full"], in: dir.url).status == 0)
        let full = dir.url.appendingPathComponent("full")
        for (path, data) in folderSnapshot(full)
        where path == "prompts.jsonl" || (path.hasPrefix("languages/") && path.hasSuffix("/prompts.jsonl")) {
            dir.write("bare/" + path, String(decoding: data, as: UTF8.self))
        }
        for folder in ["full", "bare"] {
            let result = try runMPEP(["sample", "--populate", folder], in: dir.url)
            #expect(result.status == 0, "\(result.err)")
        }
        let generated = { (root: String) in
            folderSnapshot(dir.url.appendingPathComponent(root)).filter { path, _ in
                path.hasPrefix("models/") || path.hasPrefix("judges/") || path.contains("/outputs/") || path.contains("/annotations/")
            }
        }
        let populated = generated("full")
        #expect(populated.count > 20)
        #expect(firstDifference(populated, generated("bare")) == nil)
        // Once more over its own output: the same bytes.
        #expect(try runMPEP(["sample", "--populate", "full"], in: dir.url).status == 0)
        #expect(firstDifference(populated, generated("full")) == nil)
    }
}
