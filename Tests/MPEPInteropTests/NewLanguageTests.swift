import Foundation
import MPEPContent
import MPEPInterop
import Testing
import TestSupport

@Suite("mpep new language")
struct NewLanguageTests {
    @Test("scaffolds a language the loader reads without errors, its target the size of the source set")
    func scaffold() throws {
        let dir = TemporaryDirectory("interop-new")
        ContentTrees.minimal(in: dir)
        let written = try LanguageScaffold(code: "fa", name: "Persian", nativeName: "فارسی",
                                           space: "https://example.org/fa", direction: .rtl, leads: ["lead-fa"])
            .create(in: dir.url, displayRoot: "content")
        #expect(written == ["content/languages/fa/language.yml", "content/languages/fa/prompts.jsonl",
                            "content/languages/fa/outputs/", "content/languages/fa/annotations/"])
        #expect(try String(contentsOf: dir.url.appendingPathComponent("languages/fa/language.yml"), encoding: .utf8) == """
            # leads: the Hugging Face user names of the people who lead this effort, shown on the
            # language's page, e.g. leads: [swahili-lead, swahili-reviewer]. Fill in before the pull request.
            name: "Persian"
            native_name: "فارسی"
            direction: rtl
            status: active
            leads: ["lead-fa"]
            space: "https://example.org/fa"
            target: 3

            """)
        let loaded = ContentLoader(root: dir.url, displayRoot: "content").load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let fa = try #require(loaded.content?.language("fa"))
        #expect(fa.info.direction == .rtl)
        #expect(fa.info.space == "https://example.org/fa")
        #expect(fa.prompts.isEmpty)
    }

    @Test("without --lead, language.yml still has a leads key, empty, under a comment saying what goes there")
    func emptyLeads() throws {
        let dir = TemporaryDirectory("interop-new")
        ContentTrees.minimal(in: dir)
        _ = try LanguageScaffold(code: "sw", name: "Swahili", nativeName: "Kiswahili").create(in: dir.url, displayRoot: "content")
        let yml = try String(contentsOf: dir.url.appendingPathComponent("languages/sw/language.yml"), encoding: .utf8)
        #expect(yml.hasPrefix("# leads: "))
        #expect(yml.contains("\nleads: []\n"))
        let loaded = ContentLoader(root: dir.url, displayRoot: "content").load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.content?.language("sw")?.info.leads == [])
    }

    @Test("refuses codes that are not ISO 639-like", arguments: ["", "n", "dutch", "NL", "nl_", "../x", "nl-", "pt-b"])
    func invalidCodes(code: String) {
        #expect(!LanguageScaffold.isLanguageCode(code))
        #expect(throws: InteropError.self) {
            try LanguageScaffold(code: code, name: "X", nativeName: "X").create(in: TemporaryDirectory().url, displayRoot: "c")
        }
    }

    @Test("accepts two- and three-letter codes and subtags", arguments: ["nl", "yue", "pt-br", "zh-hant"])
    func validCodes(code: String) {
        #expect(LanguageScaffold.isLanguageCode(code))
    }

    @Test("refuses an existing language and a space that is not a web address, writing nothing")
    func refusals() throws {
        let dir = TemporaryDirectory("interop-new-refuse")
        ContentTrees.minimal(in: dir)
        let before = folderSnapshot(dir.url)
        let error = #expect(throws: InteropError.self) {
            try LanguageScaffold(code: "nl", name: "Dutch", nativeName: "Nederlands").create(in: dir.url, displayRoot: "content")
        }
        #expect(error?.description.contains("content/languages/nl") == true)
        #expect(throws: InteropError.self) {
            try LanguageScaffold(code: "sw", name: "Swahili", nativeName: "Kiswahili", space: "javascript:alert(1)")
                .create(in: dir.url, displayRoot: "content")
        }
        #expect(folderSnapshot(dir.url) == before)
    }

    @Test("the command prints the next steps",
          .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
    func command() throws {
        let dir = TemporaryDirectory("interop-new-cli")
        ContentTrees.minimal(in: dir)
        let run = try runMPEP(["new", "language", "sw", "--content", ".", "--name", "Swahili", "--native-name", "Kiswahili"], in: dir.url)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("created ./languages/sw/language.yml"))
        #expect(run.out.contains("Next steps:"))
        let again = try runMPEP(["new", "language", "sw", "--content", ".", "--name", "Swahili", "--native-name", "Kiswahili"], in: dir.url)
        #expect(again.status == 1)
    }
}
