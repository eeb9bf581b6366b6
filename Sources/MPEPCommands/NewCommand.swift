import ArgumentParser
import Foundation
import MPEPContent
import MPEPInterop

extension LanguageInfo.Direction: ExpressibleByArgument {}

/// `mpep new …`: scaffolds for contributors.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Scaffold new content for a contributor.",
        subcommands: [NewLanguageCommand.self]
    )
}

struct NewLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Create a language folder for a new translation effort.",
        discussion: """
            Writes languages/<code>/language.yml (fill in its leads), an empty prompts.jsonl and empty outputs/ and \
            annotations/ folders. Refuses a code that is not ISO 639-like (nl, yue, pt-br) and a \
            language that exists already.

            Examples:
              mpep new language sw --name Swahili --native-name Kiswahili \\
                --space https://dibt-swahili-prompt-translation.hf.space
              mpep new language fa --name Persian --native-name فارسی --direction rtl --lead persian-lead
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Argument(help: "The ISO 639 code (the folder's name).")
    var code: String

    @Option(help: "The language's name in English.")
    var name: String

    @Option(name: .customLong("native-name"), help: "The language's name in its own script.")
    var nativeName: String

    @Option(help: "The Argilla Space where the community translates.")
    var space: String?

    @Option(help: "ltr or rtl.")
    var direction: LanguageInfo.Direction = .ltr

    @Option(name: .customLong("lead"), help: "A language lead (repeatable).")
    var leads: [String] = []

    private var scaffold: LanguageScaffold {
        LanguageScaffold(code: code, name: name, nativeName: nativeName, space: space, direction: direction, leads: leads)
    }

    /// A bad code, name or Space is a mistake of the call: exit 2, before the content is touched.
    func validate() throws {
        do {
            try scaffold.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        try contentOptions.requireFolder()
        do {
            for path in try scaffold.create(in: URL(fileURLWithPath: contentOptions.content),
                                            displayRoot: contentOptions.content) {
                print("created \(path)")
            }
        } catch {
            throw error.exit()
        }
        let root = contentOptions.content
        print("""

            Next steps:
              1. Fill in leads: [] in \(root)/languages/\(code)/language.yml (shown on the language's page).
              2. Translate in the Space, export the dataset (datasets' to_json) and run
                 mpep import argilla --content \(root) --language \(code) EXPORT.jsonl
              3. Add each model's answers as \(root)/languages/\(code)/outputs/<model>.jsonl ({"id", "output"}),
                 the reference model's too, and the judge's verdicts as
                 \(root)/languages/\(code)/annotations/<judge>/<model>.jsonl
              4. Run mpep check, then mpep build (it updates the README's table), and open a pull request.
            """)
    }
}
