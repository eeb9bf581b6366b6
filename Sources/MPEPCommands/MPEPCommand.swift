import ArgumentParser

/// `mpep`: builds the Multilingual Prompt Evaluation Project's leaderboard site.
public struct MPEPCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mpep",
        abstract: "Build and check the multilingual LLM leaderboard site.",
        discussion: """
            mpep reads a content tree (prompts, translations, model outputs, judge annotations), \
            ranks the models in every language AlpacaEval-style, and writes a static site and the \
            README's table of translation efforts.

            Exit codes: 0 ok, 1 content errors, 2 usage errors.

            Examples:
              mpep build                      # content/ → site/, README table
              mpep check --format github      # every problem, as pull-request annotations
              mpep serve                      # preview on http://127.0.0.1:8000/
              mpep --generate-completion-script bash > mpep.bash
            """,
        subcommands: [BuildCommand.self, CheckCommand.self, SampleCommand.self, ServeCommand.self, ImportCommand.self, ExportCommand.self, NewCommand.self]
    )

    public init() {}
}

/// Options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"
}
