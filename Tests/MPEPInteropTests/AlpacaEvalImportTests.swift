import Foundation
import MPEPContent
import MPEPInterop
import Testing
import TestSupport

/// The import's rules on small, visible AlpacaEval files.
@Suite("mpep import alpaca-eval")
struct AlpacaEvalImportTests {
    /// An annotations.json row as AlpacaEval writes it (extra fields included, they are ignored).
    static func row(_ instruction: String, _ preference: String, model: String = "Tiny Model 7B",
                    output: String = "a", reference: String = "ref") -> String {
        """
        {"instruction": \(JSONLine.quoted(instruction)), "output_1": \(JSONLine.quoted(reference)), "generator_1": "GPT-4 Ref",
         "dataset": "koala", "output_2": \(JSONLine.quoted(output)), "generator_2": \(JSONLine.quoted(model)),
         "annotator": "my_judge", "preference": \(preference), "price_per_example": 0.01, "time_per_example": NaN}
        """.replacingOccurrences(of: "NaN", with: "null")
    }

    static func importing(_ dir: TemporaryDirectory, _ rows: [String], name: String = "annotations.json") throws -> AlpacaEvalImport.Report {
        let file = dir.write("in/\(name)", "[" + rows.joined(separator: ",\n") + "]")
        return try AlpacaEvalImport(content: dir.url.appendingPathComponent("content"), displayRoot: "content", language: "en")
            .run(annotations: [.init(url: file, displayPath: name)])
    }

    static func read(_ dir: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOf: dir.url.appendingPathComponent("content/" + path), encoding: .utf8)
    }

    @Test("ids are made valid from tool names, keeping what is already valid")
    func identifiers() {
        #expect(ContentIds.make(from: "NullModel") == "nullmodel")
        #expect(ContentIds.make(from: "GPT-4 Turbo (1106)") == "gpt-4-turbo-1106")
        #expect(ContentIds.make(from: "claude-2.1") == "claude-2.1")
        #expect(ContentIds.make(from: "__weird..name__") == "weird.name__")
        #expect(ContentIds.make(from: "") == nil)
        #expect(ContentIds.make(from: "日本語") == nil)
        #expect(ContentIds.prompt(forText: "Hello") == ContentIds.prompt(forText: "Hello"))
        #expect(ContentIds.prompt(forText: "Hello") != ContentIds.prompt(forText: "Hello!"))
        #expect(ContentIds.prompt(forText: "Hello").count == 15)
    }

    @Test("a discrete file gives a discrete judge, rows in file order, a repeated instruction numbered, odd values nulled")
    func discreteAndDuplicates() throws {
        let dir = TemporaryDirectory("interop-small")
        let report = try Self.importing(dir, [Self.row("Say hi.", "2"), Self.row("Count to 3.", "1"),
                                              Self.row("Say hi.", "0"), Self.row("Name a cat.", "null"),
                                              Self.row("Spell it.", "2.5")])
        let hi = ContentIds.prompt(forText: "Say hi.")
        let count = ContentIds.prompt(forText: "Count to 3.")
        let cat = ContentIds.prompt(forText: "Name a cat.")
        let spell = ContentIds.prompt(forText: "Spell it.")
        #expect(try Self.read(dir, "languages/en/annotations/my_judge/tiny-model-7b.jsonl") == """
            {"id": "\(hi)", "preference": 2}
            {"id": "\(count)", "preference": 1}
            {"id": "\(hi)-2", "preference": 0}
            {"id": "\(cat)", "preference": null}
            {"id": "\(spell)", "preference": null}

            """)
        #expect(try Self.read(dir, "judges/my_judge.yml").contains("preference_kind: discrete"))
        #expect(try Self.read(dir, "models/tiny-model-7b.yml") == "name: \"Tiny Model 7B\"\n")
        #expect(try Self.read(dir, "models/gpt-4-ref.yml") == "name: \"GPT-4 Ref\"\n")
        #expect(try Self.read(dir, "prompts.jsonl").hasPrefix("{\"id\": \"\(hi)\", \"prompt\": \"Say hi.\", \"category\": \"koala\"}\n"))
        #expect(report.imported == [.init(file: "annotations.json", judge: "my_judge", model: "tiny-model-7b", rows: 5, nulls: 2)])
        #expect(report.notes.contains { $0.contains("1 preferences outside 1…2") })

        let loaded = ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content").load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let language = try #require(loaded.content?.language("en"))
        #expect(language.prompts.count == 5)
        #expect(language.loaded!.outputs["gpt-4-ref"]?.count == 5)
    }

    @Test("one fractional preference makes the judge weighted")
    func weighted() throws {
        let dir = TemporaryDirectory("interop-weighted")
        _ = try Self.importing(dir, [Self.row("Say hi.", "2"), Self.row("Count to 3.", "1.0000331")])
        #expect(try Self.read(dir, "judges/my_judge.yml") == "name: \"my_judge\"\nkind: llm\npreference_kind: weighted\n")
        #expect(try Self.read(dir, "languages/en/annotations/my_judge/tiny-model-7b.jsonl").contains("\"preference\": 1.0000331}"))
    }

    @Test("a record already present with a different value stops the import, naming file, line and id; nothing is written")
    func conflict() throws {
        let dir = TemporaryDirectory("interop-conflict")
        _ = try Self.importing(dir, [Self.row("Say hi.", "2"), Self.row("Count to 3.", "1")])
        let before = folderSnapshot(dir.url.appendingPathComponent("content"))
        let error = #expect(throws: InteropError.self) {
            try Self.importing(dir, [Self.row("Say hi.", "2"), Self.row("Count to 3.", "2"), Self.row("New one.", "1")])
        }
        let id = ContentIds.prompt(forText: "Count to 3.")
        #expect(error?.description == "content/languages/en/annotations/my_judge/tiny-model-7b.jsonl:2: error: record \"\(id)\" is already here with a different \"preference\"; the import does not overwrite it (remove or edit the line to import it)")
        #expect(folderSnapshot(dir.url.appendingPathComponent("content")) == before)
    }

    @Test("new rows are appended after the existing lines, which stay as they were")
    func appends() throws {
        let dir = TemporaryDirectory("interop-append")
        _ = try Self.importing(dir, [Self.row("Say hi.", "2")])
        let report = try Self.importing(dir, [Self.row("Say hi.", "2"), Self.row("Count to 3.", "1.5")])
        let lines = try Self.read(dir, "languages/en/annotations/my_judge/tiny-model-7b.jsonl").split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("1.5"))
        #expect(report.summary.recordsUnchanged > 0)
    }

    @Test("a reference different from site.yml's goes into the new language.yml; an existing one that disagrees is a conflict")
    func references() throws {
        let dir = TemporaryDirectory("interop-reference")
        dir.write("content/site.yml", "title: T\nreference: other-ref\njudge: my_judge\n")
        _ = try Self.importing(dir, [Self.row("Say hi.", "2")])
        #expect(try Self.read(dir, "languages/en/language.yml").contains("reference: gpt-4-ref\n"))
        #expect(try Self.read(dir, "site.yml") == "title: T\nreference: other-ref\njudge: my_judge\n")
        dir.write("content/languages/en/language.yml", "name: E\nnative_name: E\nstatus: active\n")
        let error = #expect(throws: InteropError.self) { try Self.importing(dir, [Self.row("Say hi.", "2")]) }
        #expect(error?.problems.first?.path == "content/languages/en/language.yml")
    }

    @Test("the command prints what it imported and exits 1 with located errors on a conflict",
          .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
    func command() throws {
        let dir = TemporaryDirectory("interop-cli")
        dir.write("a.json", "[" + Self.row("Say hi.", "2") + "]")
        let first = try runMPEP(["import", "alpaca-eval", "--content", "content", "--language", "en", "a.json"], in: dir.url)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("a.json: 1 verdicts of my_judge on tiny-model-7b against gpt-4-ref"))
        dir.write("b.json", "[" + Self.row("Say hi.", "1") + "]")
        let second = try runMPEP(["import", "alpaca-eval", "--content", "content", "--language", "en", "b.json"], in: dir.url)
        #expect(second.status == 1)
        #expect(second.err.contains("content/languages/en/annotations/my_judge/tiny-model-7b.jsonl:1: error:"))
        let help = try runMPEP(["import", "alpaca-eval", "--help"], in: dir.url)
        #expect(help.out.contains("Examples:"))
    }
}
