import Foundation
import MPEPContent
import MPEPInterop
import Testing
import TestSupport

@Suite("mpep export alpaca-eval")
struct AlpacaEvalExportTests {
    static func load(_ root: URL) throws -> Content {
        let loaded = ContentLoader(root: root, displayRoot: "content").load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.filter { $0.severity == .error })")
        return try #require(loaded.content)
    }

    @Test("writes model_outputs.json per model, the reference's too, in AlpacaEval's shape")
    func shape() throws {
        let dir = TemporaryDirectory("interop-export")
        ContentTrees.minimal(in: dir)
        let files = try AlpacaEvalExport(content: Self.load(dir.url), language: "nl").files()
        #expect(files.map(\.path) == ["model-b/model_outputs.json", "ref-model/model_outputs.json"])
        let rows = try JSONDecoder().decode([AlpacaEvalFiles.OutputRow].self, from: Data(files[0].text.utf8))
        #expect(rows.first == .init(instruction: "Tel 2 en 2 op.", output: "Het antwoord is 4.", generator: "model-b", dataset: "math"))
        #expect(rows.count == 3)
    }

    @Test("export, a judge's annotations.json made from the exports, import: the same outputs and verdicts come back")
    func roundTrip() throws {
        let dir = TemporaryDirectory("interop-roundtrip")
        ContentTrees.minimal(in: dir)
        let original = try Self.load(dir.url)
        let out = dir.url.appendingPathComponent("export")
        _ = try AlpacaEvalExport(content: original, language: "nl").write(to: out)
        let decode = { (model: String) in
            try JSONDecoder().decode([AlpacaEvalFiles.OutputRow].self,
                                     from: Data(contentsOf: out.appendingPathComponent("\(model)/model_outputs.json")))
        }
        // What AlpacaEval's judge would write: one row per instruction, in the model's order.
        let reference = Dictionary(try decode("ref-model").map { ($0.instruction, $0.output) }, uniquingKeysWith: { a, _ in a })
        let verdicts = Dictionary(original.language("nl")!.loaded!.annotations["judge-a"]!["model-b"]!.map { ($0.id, $0.preference) },
                                  uniquingKeysWith: { a, _ in a })
        let translations = Dictionary(original.language("nl")!.prompts.map { ($0.prompt, $0.id) }, uniquingKeysWith: { a, _ in a })
        let rows = try decode("model-b").map { row in
            JSONLine.object([
                ("instruction", .string(row.instruction)), ("output_1", .string(reference[row.instruction]!)),
                ("generator_1", .string("ref-model")), ("output_2", .string(row.output)), ("generator_2", .string(row.generator)),
                ("annotator", .string("judge-a")),
                ("preference", (verdicts[translations[row.instruction]!] ?? nil).map(JSONScalar.number) ?? .null),
            ])
        }
        let annotations = dir.write("annotations.json", "[" + rows.joined(separator: ",\n") + "]")
        let back = dir.url.appendingPathComponent("back")
        _ = try AlpacaEvalImport(content: back, displayRoot: "back", language: "nl").run(
            annotations: [.init(url: annotations, displayPath: "annotations.json")],
            modelOutputs: [.init(url: out.appendingPathComponent("model-b/model_outputs.json"), displayPath: "b"),
                           .init(url: out.appendingPathComponent("ref-model/model_outputs.json"), displayPath: "r")])
        let imported = try Self.load(back).language("nl")!
        let textOf = { (language: LanguageContent, id: String) in language.prompts.first { $0.id == id }!.prompt }
        let originalNL = original.language("nl")!
        for model in ["model-b", "ref-model"] {
            #expect(imported.loaded!.outputs[model]!.map { [textOf(imported, $0.id), $0.output] }
                    == originalNL.loaded!.outputs[model]!.map { [textOf(originalNL, $0.id), $0.output] })
        }
        #expect(imported.loaded!.annotations["judge-a"]!["model-b"]!.map { [textOf(imported, $0.id): $0.preference] }
                == originalNL.loaded!.annotations["judge-a"]!["model-b"]!.map { [textOf(originalNL, $0.id): $0.preference] })
    }

    @Test("the command writes the files and names them; an unknown language exits 1",
          .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
    func command() throws {
        let dir = TemporaryDirectory("interop-export-cli")
        ContentTrees.minimal(in: dir)
        let run = try runMPEP(["export", "alpaca-eval", "--content", ".", "--language", "nl", "--output", "out"], in: dir.url)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "wrote out/model-b/model_outputs.json\nwrote out/ref-model/model_outputs.json\n")
        let missing = try runMPEP(["export", "alpaca-eval", "--content", ".", "--language", "xx", "--output", "out"], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.err.contains("languages/xx"))
    }
}
