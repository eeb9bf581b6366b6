import Foundation
import Testing
import TestSupport
@testable import MPEPContent

@Suite("Content loader")
struct ContentLoaderTests {
    private func load(_ dir: TemporaryDirectory) -> ContentLoader.Result {
        ContentLoader(root: dir.url, displayRoot: "content").load()
    }

    @Test("a valid tree loads with no diagnostics and every record in file order")
    func validTree() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let result = load(dir)
        #expect(result.diagnostics == [])
        let content = try #require(result.content)
        #expect(content.site.reference == "ref-model")
        #expect(content.models.map(\.id) == ["model-b", "ref-model"])
        let nl = try #require(content.language("nl"))
        #expect(nl.prompts.map(\.id) == ["p1", "p2", "p3"])
        #expect(nl.prompts[0].status == .reviewed)
        #expect(nl.loaded!.annotations["judge-a"]?["model-b"]?.map(\.preference) == [2, 1.5, 1.25])
        #expect(content.pages.map(\.slug) == ["index"])
    }

    @Test("an outlined language keeps its translations and which output and annotation files exist, without their records")
    func outlinedLanguage() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let full = try #require(load(dir).content?.language("nl"))
        let outlined = try #require(ContentLoader(root: dir.url, displayRoot: "content", outlined: ["nl"]).load()
            .content?.language("nl"))
        #expect(outlined.info == full.info)
        #expect(outlined.prompts == full.prompts)
        #expect(outlined.loaded == nil, "an outlined language has no records to read")
        #expect(outlined.records == .outlined(full.files))
        #expect(!full.files.outputs.isEmpty && !full.files.annotations.isEmpty)
        #expect(full.loaded!.outputs.values.map(\.count).reduce(0, +) > 0)
    }

    @Test("a wrong preference names file, line, column, field and what was found")
    func wrongPreference() {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/annotations/judge-a/model-b.jsonl", """
            {"id": "p1", "preference": 2}
            {"id": "p2", "preference": "2"}
            {"id": "p3", "preference": 2.5}
            """)
        let messages = load(dir).diagnostics.map(\.description)
        #expect(messages == [
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:2:28: error: "preference" must be a number in [1, 2], 0 (legacy draw) or null, found "2""#,
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:3:28: error: "preference" must be a number in [1, 2], 0 (legacy draw) or null, found 2.5"#,
        ])
    }

    @Test("booleans, null and legacy 0 are told apart")
    func preferenceKinds() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/annotations/judge-a/model-b.jsonl", """
            {"id": "p1", "preference": null}
            {"id": "p2", "preference": 0}
            {"id": "p3", "preference": true}
            """)
        let result = load(dir)
        #expect(result.diagnostics.map(\.line) == [3])
        let rows = try #require(result.content?.language("nl")?.loaded!.annotations["judge-a"]?["model-b"])
        #expect(rows.map(\.preference) == [nil, 0])
    }

    @Test("YAML mistakes are located; unknown keys are warnings")
    func yamlMistakes() {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("models/model-b.yml", "name: Model B\nopen_weights: maybe\nurl: javascript:alert(1)\ncolour: red\n")
        let messages = load(dir).diagnostics.map(\.description)
        #expect(messages == [
            #"content/models/model-b.yml:2:1: error: "open_weights" must be true or false, found "maybe""#,
            #"content/models/model-b.yml:3:1: error: "url" must be an http or https URL, found "javascript:alert(1)""#,
            #"content/models/model-b.yml:4:1: warning: unknown key "colour" (ignored)"#,
        ])
    }

    @Test("translators.yml maps translator ids to names; unmapped Argilla ids show as numbered anonymous translators")
    func translatorNames() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let (anna, bram, carla) = ("0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d", "1b8e3d5f-2c4a-4f6b-9d0e-1f2a3b4c5d6e", "2c9f4e6a-3d5b-4a7c-8e1f-2a3b4c5d6e7f")
        dir.write("languages/nl/prompts.jsonl", """
            {"id": "p1", "prompt": "Tel 2 en 2 op.", "translators": ["\(carla)", "\(bram)"]}
            {"id": "p2", "prompt": "Schrijf een haiku over regen.", "translators": ["\(anna)", "jan-nl", "\(carla)"]}
            """)
        dir.write("languages/nl/translators.yml", "# Argilla user id: name\n\(bram): bram-nl\n")
        let result = load(dir)
        #expect(!result.diagnostics.contains { $0.path.hasSuffix("translators.yml") }, "a file of the contract: \(result.diagnostics)")
        let nl = try #require(result.content?.language("nl"))
        #expect(nl.translatorNames.names == [bram: "bram-nl"])
        #expect(nl.translatorNames.keyLines == [bram: 2])
        #expect(nl.translatorNames.displayNames(for: nl.prompts) == [
            carla: "anonymous translator 1", bram: "bram-nl", anna: "anonymous translator 2", "jan-nl": "jan-nl",
        ])
        #expect(TranslatorNames.isArgillaUserId(anna) && !TranslatorNames.isArgillaUserId("jan-nl")
                && !TranslatorNames.isArgillaUserId("0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5g"))

        dir.write("languages/nl/translators.yml", "\(bram): [bram, nl]\n\(anna):\n")
        #expect(load(dir).diagnostics.map(\.description) == [
            #"content/languages/nl/translators.yml:1:1: error: "\#(bram)" must have a non-empty string as its value (the name to show)"#,
            #"content/languages/nl/translators.yml:2:1: error: "\#(anna)" must have a non-empty string as its value (the name to show)"#,
        ])
    }

    @Test("minimum_prompts defaults to the coverage study's 30 and is checked like every number in site.yml")
    func minimumPrompts() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        #expect(try #require(load(dir).content).site.minimumPrompts == 30)
        dir.write("site.yml", "title: T\nreference: ref-model\njudge: judge-a\nminimum_prompts: 60\n")
        #expect(try #require(load(dir).content).site.minimumPrompts == 60)
        dir.write("site.yml", "title: T\nreference: ref-model\njudge: judge-a\nminimum_prompts: 0\n")
        let messages = load(dir).diagnostics.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/site.yml:4:1: error: \"minimum_prompts\"") == true, "\(messages)")
    }

    @Test("ids that would escape their folder are refused")
    func unsafeIds() {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/Bad..Code/language.yml", "name: X\nnative_name: X\nstatus: active\n")
        dir.write("models/UPPER.yml", "name: X\n")
        let errors = load(dir).diagnostics.filter { $0.severity == .error }.map(\.path)
        #expect(errors == ["content/languages/Bad..Code", "content/models/UPPER.yml"])
    }

    @Test("a language folder without language.yml is an error")
    func missingLanguageFile() {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/de/prompts.jsonl", "{\"id\": \"p1\", \"prompt\": \"x\"}\n")
        #expect(load(dir).diagnostics.map(\.description) == [
            "content/languages/de: error: language folder without language.yml (name, native_name, status, …)",
        ])
    }

    @Test("a symbolic link leading outside the content folder is refused")
    func symlinkOutside() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let outside = TemporaryDirectory()
        let secret = outside.write("secret.jsonl", "{\"id\": \"p1\", \"output\": \"secret\"}\n")
        try FileManager.default.createSymbolicLink(
            at: dir.url.appendingPathComponent("languages/nl/outputs/leak.jsonl"), withDestinationURL: secret)
        let result = load(dir)
        #expect(result.diagnostics.map(\.description) == [
            "content/languages/nl/outputs/leak.jsonl: error: symbolic link points outside the content folder; refused",
        ])
        #expect(result.content?.language("nl")?.loaded!.outputs["leak"] == nil)
    }

    @Test("a stray file at the top of the tree is warned about: nothing is lost there")
    func strayFiles() {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("notes.txt", "hello")
        let diagnostics = load(dir).diagnostics
        #expect(diagnostics.map(\.description) == [
            "content/notes.txt: warning: the content format has no place for this file; it is ignored",
        ])
    }

    /// A file in the wrong place inside a language folder would silently drop that language's
    /// data from the site; each is an error naming the path the contract expects.
    @Test("a file the contract does not define in a language folder is an error naming the expected path",
          arguments: [
            ("languages/nl/annotations/model-b.jsonl",
             "content/languages/nl/annotations/model-b.jsonl: error: an annotation file belongs in its judge's folder; "
                + "did you mean annotations/judge-a/model-b.jsonl? (its data would be left out of the site)"),
            ("languages/nl/outputs/x.json",
             "content/languages/nl/outputs/x.json: error: expected only <model>.jsonl files here; this file is not read; "
                + "did you mean languages/nl/outputs/x.jsonl?"),
            ("languages/nl/outputs/llama-3.1-8b.jsonl.bak",
             "content/languages/nl/outputs/llama-3.1-8b.jsonl.bak: error: expected only <model>.jsonl files here; "
                + "this file is not read; did you mean languages/nl/outputs/llama-3.1-8b.jsonl?"),
            ("languages/nl/annotations/judge-a/model-b.json",
             "content/languages/nl/annotations/judge-a/model-b.json: error: expected only <model>.jsonl files here; "
                + "this file is not read; did you mean languages/nl/annotations/judge-a/model-b.jsonl?"),
            ("languages/nl/model-c.jsonl",
             "content/languages/nl/model-c.jsonl: error: a language folder holds language.yml, prompts.jsonl, translators.yml, outputs/, "
                + "annotations/ only; did you mean outputs/model-c.jsonl or annotations/judge-a/model-c.jsonl? "
                + "(its data would be left out of the site)"),
            ("languages/nl/draft.csv",
             "content/languages/nl/draft.csv: error: the content format has no place for this file in a language folder, "
                + "which holds language.yml, prompts.jsonl, translators.yml, outputs/, annotations/ only (its data would be left out of the site)"),
            ("languages/nl/outputs/old/model-b.jsonl",
             "content/languages/nl/outputs/old: error: expected only <model>.jsonl files here, not a folder; nothing in it is read"),
            ("models/model-c.yaml",
             "content/models/model-c.yaml: error: expected only <id>.yml files in models/; this file is not read; "
                + "did you mean models/model-c.yml?"),
          ])
    func misplacedFiles(path: String, expected: String) {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write(path, "{\"id\": \"p1\", \"preference\": 2}\n")
        let diagnostics = load(dir).diagnostics
        #expect(diagnostics.map(\.description) == [expected])
    }

    @Test("a language.yml with a bad status still gives its language, so its other files are read and judged")
    func badStatusKeepsLanguage() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("languages/nl/language.yml", "name: Dutch\nnative_name: Nederlands\nstatus: finished\n")
        dir.write("languages/nl/annotations/judge-a/model-b.jsonl", "{\"id\": \"p1\", \"preference\": \"2\"}\n")
        let result = load(dir)
        #expect(result.diagnostics.map(\.path) == ["content/languages/nl/annotations/judge-a/model-b.jsonl",
                                                   "content/languages/nl/language.yml"])
        #expect(result.content?.language("nl")?.loaded!.outputs.count == 2)
    }

    @Test("a model file with an empty name still describes its model; the error is the name's")
    func emptyModelName() throws {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("models/model-b.yml", "name: \"\"\norganization: Test Lab\n")
        let result = load(dir)
        #expect(result.diagnostics.map(\.description) == [
            "content/models/model-b.yml:1:1: error: \"name\" must be a non-empty string",
        ])
        #expect(result.content?.models.map(\.id).contains("model-b") == true)
    }
}
