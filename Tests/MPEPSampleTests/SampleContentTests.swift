import Foundation
import Testing
import TestSupport
@testable import MPEPSample

@Suite("Populating the shipped content")
struct SampleContentTests {
    /// Two languages with translations, one without, and a source set naming a coding prompt.
    static func fixture() -> TemporaryDirectory {
        let content = TemporaryDirectory("sample-content")
        content.write("prompts.jsonl", """
            {"id": "p-1", "prompt": "Write a haiku.", "category": "writing"}
            {"id": "p-2", "prompt": "Reverse a list in Python.", "category": "coding"}
            {"id": "p 3", "prompt": "Explain \\"tides\\"."}

            """)
        content.write("languages/ar/language.yml", "name: Arabic\n")
        content.write("languages/ar/prompts.jsonl", """
            {"id": "p-2", "prompt": "اعكس قائمة في بايثون."}

            {"id": "p 3", "prompt": "اشرح المد والجزر."}

            """)
        content.write("languages/nl/prompts.jsonl", """
            {"id": "p 3", "prompt": "Leg eb en vloed uit.", "translators": ["a"]}
            {"id": "p-1", "prompt": "Schrijf een haiku."}
            """)
        content.write("languages/pt/language.yml", "name: Portuguese\n")
        return content
    }

    @Test("writes models, judges, outputs and annotations in the order of each language's prompts")
    func populates() throws {
        let content = Self.fixture()
        let world = try SampleContent.populate(contentRoot: content.url, seed: 9)
        let files = TreeReading.files(content.url)

        #expect(world.languages.map(\.language.code) == ["ar", "nl"])
        #expect(files.keys.filter { $0.hasPrefix("models/") }.count == 9)
        #expect(files.keys.filter { $0.hasPrefix("judges/") }.sorted()
                == ["judges/sample-human.yml", "judges/sample-judge-strict.yml", "judges/sample-judge.yml"])
        #expect(String(decoding: files["judges/sample-judge.yml"]!, as: UTF8.self).contains("preference_kind: \"weighted\""))
        #expect(String(decoding: files["languages/ar/language.yml"]!, as: UTF8.self) == "name: Arabic\n")
        #expect(!files.keys.contains { $0.hasPrefix("languages/pt/") && $0 != "languages/pt/language.yml" })

        let nl = TreeReading.lines(files["languages/nl/outputs/sample-reference.jsonl"]!)
        #expect(nl.map { $0?["id"] as? String } == ["p 3", "p-1"])
        let ar = TreeReading.lines(files["languages/ar/annotations/sample-judge/sample-heron-7b.jsonl"]!)
        #expect(ar.map { $0?["id"] as? String } == ["p-2", "p 3"])
        #expect(files["languages/ar/annotations/sample-judge/sample-reference.jsonl"] == nil)
        #expect(files.keys.filter { $0.contains("/annotations/sample-judge/") }.count == 16)
        // Humans see about half of the languages, chosen by code: ar here, not nl.
        #expect(files.keys.contains { $0.hasPrefix("languages/ar/annotations/sample-human/") })
        #expect(!files.keys.contains { $0.hasPrefix("languages/nl/annotations/sample-human/") })
        let answer = nl[0]!["output"] as! String
        #expect(answer.unicodeScalars.count >= 300)
    }

    @Test("gives the same bytes when run twice, overwriting its own files")
    func idempotent() throws {
        let content = Self.fixture()
        try SampleContent.populate(contentRoot: content.url, seed: 9)
        let first = TreeReading.files(content.url)
        try SampleContent.populate(contentRoot: content.url, seed: 9)
        #expect(TreeReading.files(content.url) == first)
        try SampleContent.populate(contentRoot: content.url, seed: 10)
        #expect(TreeReading.files(content.url) != first)
    }

    @Test("names the file and line of a translation it cannot read")
    func errors() {
        let content = Self.fixture()
        content.write("languages/nl/prompts.jsonl", "{\"id\": \"p-1\", \"prompt\": \"x\"}\n{\"id\": 4}\n")
        #expect(throws: SampleError(file: "languages/nl/prompts.jsonl", line: 2, "\"id\" must be a non-empty string")) {
            try SampleContent.populate(contentRoot: content.url, seed: 1)
        }
        content.write("languages/nl/prompts.jsonl", "{\"id\": \"p-1\"}\nnot json\n")
        #expect(throws: SampleError(file: "languages/nl/prompts.jsonl", line: 2, "not a JSON object")) {
            try SampleContent.populate(contentRoot: content.url, seed: 1)
        }
        content.write("languages/nl/prompts.jsonl", "{\"id\": \"p-1\"}\n{\"id\": \"p-1\"}\n")
        #expect(throws: SampleError(file: "languages/nl/prompts.jsonl", line: 2, "prompt id \"p-1\" appears twice")) {
            try SampleContent.populate(contentRoot: content.url, seed: 1)
        }
    }
}
