import Testing
import MPEPContent

@Suite("Content layout")
struct ContentLayoutTests {
    @Test("names a file under the content folder as the user typed the folder")
    func displayPath() {
        #expect(ContentLayout.displayPath("site.yml", under: "content") == "content/site.yml")
        #expect(ContentLayout.displayPath("site.yml", under: "content/") == "content/site.yml")
        #expect(ContentLayout.displayPath("site.yml", under: "") == "site.yml")
        #expect(ContentLayout.displayPath("", under: "content") == "content")
    }

    @Test("places every file of the contract where docs/content-format.md says")
    func paths() {
        #expect(ContentLayout.model("heron-7b") == "models/heron-7b.yml")
        #expect(ContentLayout.judge("gpt-judge") == "judges/gpt-judge.yml")
        #expect(ContentLayout.languageYML("nl") == "languages/nl/language.yml")
        #expect(ContentLayout.translations("nl") == "languages/nl/prompts.jsonl")
        #expect(ContentLayout.outputs("nl", "heron-7b") == "languages/nl/outputs/heron-7b.jsonl")
        #expect(ContentLayout.annotations("nl", "gpt-judge", "heron-7b")
                == "languages/nl/annotations/gpt-judge/heron-7b.jsonl")
    }
}
