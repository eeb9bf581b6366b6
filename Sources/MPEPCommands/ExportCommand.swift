import ArgumentParser
import Foundation
import MPEPContent
import MPEPInterop

/// `mpep export …`: content in other tools' formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a language's data in other tools' formats.",
        subcommands: [ExportAlpacaEvalCommand.self]
    )
}

struct ExportAlpacaEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alpaca-eval",
        abstract: "Write a language's outputs as AlpacaEval model_outputs.json files.",
        discussion: """
            Writes <output>/<model>/model_outputs.json for every model with outputs in the language, \
            the reference's included: a JSON array of {instruction, output, generator, dataset}, \
            instruction being the translated prompt. Run AlpacaEval's judge on them, then bring the \
            verdicts back with mpep import alpaca-eval.

            Examples:
              mpep export alpaca-eval --language nl --output ae-nl
              alpaca_eval evaluate --model_outputs ae-nl/heron-7b/model_outputs.json \\
                --reference_outputs ae-nl/ref-model/model_outputs.json
              mpep import alpaca-eval --language nl results/heron-7b/annotations.json
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The language code.")
    var language: String

    @Option(help: "The folder to write into.")
    var output: String

    func run() throws {
        try contentOptions.requireFolder()
        let loaded = ContentLoader(root: URL(fileURLWithPath: contentOptions.content),
                                   displayRoot: contentOptions.content).load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard let content = loaded.content, errors.isEmpty else {
            for problem in errors { printError(problem.description) }
            throw ExitCode(1)
        }
        do {
            let written = try AlpacaEvalExport(content: content, language: language).write(to: URL(fileURLWithPath: output))
            for path in written { print("wrote \(output)/\(path)") }
        } catch {
            throw error.exit()
        }
    }
}
