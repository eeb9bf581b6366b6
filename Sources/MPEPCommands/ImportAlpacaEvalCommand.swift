import ArgumentParser
import Foundation
import MPEPInterop

struct ImportAlpacaEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alpaca-eval",
        abstract: "Import AlpacaEval result files (annotations.json) as one language.",
        discussion: """
            Each annotations.json row becomes a prompt (id stable from the instruction's text, the \
            `dataset` as category), the reference's and the model's outputs (generator_1, generator_2), \
            and the judge's (annotator's) verdict, in file order. A model_outputs.json given with \
            --model-outputs replaces the annotation rows' outputs for its generator (AlpacaEval's \
            avg_length counts those). site.yml, language.yml, models/ and judges/ are created where \
            missing; the judge's preference_kind is weighted when any preference is fractional.

            Examples:
              mpep import alpaca-eval --content content --language en results/alpaca-7b/annotations.json
              mpep import alpaca-eval --language en \\
                --model-outputs results/alpaca-7b/model_outputs.json \\
                results/alpaca-7b/annotations.json results/phi-2/annotations.json
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The language code the results go into (languages/<code>/).")
    var language: String

    @Option(name: .customLong("language-name"), help: "language.yml's name when it is created (default: the code).")
    var languageName: String?

    @Option(name: .customLong("model-outputs"), help: "A model_outputs.json (repeatable): outputs of its generator.")
    var modelOutputs: [String] = []

    @Argument(help: "AlpacaEval annotations.json files.")
    var annotations: [String]

    func run() throws {
        let input = { (path: String) in AlpacaEvalImport.Input(url: URL(fileURLWithPath: path), displayPath: path) }
        let importer = AlpacaEvalImport(content: URL(fileURLWithPath: contentOptions.content),
                                        displayRoot: contentOptions.content, language: language,
                                        languageName: languageName)
        do {
            let report = try importer.run(annotations: annotations.map(input), modelOutputs: modelOutputs.map(input))
            for item in report.imported {
                print("\(item.file): \(item.rows) verdicts of \(item.judge) on \(item.model) against \(report.reference)"
                      + (item.nulls > 0 ? " (\(item.nulls) without a verdict)" : ""))
            }
            for note in report.notes { print("note: \(note)") }
            print(report.summary.line)
        } catch {
            throw error.exit()
        }
    }
}
