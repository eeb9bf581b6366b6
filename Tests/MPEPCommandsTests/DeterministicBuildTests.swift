import Foundation
import Testing
import TestSupport

/// The site is published from CI and diffed by reviewers: the same content must give the same
/// bytes, whatever the machine's locale, time zone or the order files come off the disk.
@Suite("Deterministic builds of the real executable",
       .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct DeterministicBuildTests {
    @Test("two builds of a generated 5-language tree are byte-identical, the second under LANG=nl_NL.UTF-8 TZ=Asia/Tokyo")
    func byteIdentical() throws {
        let workspace = BuildWorkspace()
        try workspace.sample("content", languages: 5, models: 5, prompts: 24, seed: 3)
        try workspace.readme("README-1.md")
        try workspace.readme("README-2.md")
        try workspace.build(content: "content", output: "one", readme: "README-1.md")
        try workspace.build(content: "content", output: "two", readme: "README-2.md",
                            environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "TZ": "Asia/Tokyo"])
        let one = workspace.snapshot("one"), two = workspace.snapshot("two")
        #expect(one.keys.filter { $0.hasPrefix("languages/") && $0.split(separator: "/").count == 3
            && $0.hasSuffix("/index.html") }.count == 5)
        #expect(one.keys.sorted() == two.keys.sorted())
        let differing = one.filter { two[$0.key] != $0.value }.keys.sorted()
        #expect(differing.isEmpty, "files that differ: \(differing.prefix(10))")
        #expect(workspace.contents("README-1.md") == workspace.contents("README-2.md"))
    }
}
