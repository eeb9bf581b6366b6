import ArgumentParser
import Foundation
import MPEPInterop

/// `mpep import …`: other tools' files into the content tree.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring other tools' files into the content tree (AlpacaEval results, Argilla exports).",
        discussion: """
            Imports merge by id: records already present with the same value are left alone (a second \
            import changes nothing), new ones are appended, and a record present with a different value \
            stops the import with its file and line; nothing is written then.

            Examples:
              mpep import argilla --language nl dibt-dutch-export.jsonl
              mpep import alpaca-eval --language en --model-outputs model_outputs.json annotations.json
            """,
        subcommands: [ImportAlpacaEvalCommand.self, ImportArgillaCommand.self]
    )
}

extension InteropError {
    /// Prints the located problems and fails with exit code 1 (a content error).
    func exit() -> ExitCode {
        for problem in problems { printError(problem.description) }
        return ExitCode(1)
    }
}
