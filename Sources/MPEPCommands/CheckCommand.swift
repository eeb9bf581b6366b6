import ArgumentParser
import Foundation
import MPEPCheck
import MPEPContent

extension DiagnosticFormat: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the content tree and report every problem with file and line.",
        discussion: """
            Reports every problem in one run, causes first: each file's own problems (sorted by \
            file and line), then those across files, then the README's efforts table (the README \
            beside the content folder unless --readme names another). Exit 1 on any error, \
            0 with warnings only, 2 on usage errors.

            Examples:
              mpep check
              mpep check --format github        # annotations on a pull request's lines
              mpep check --format json > problems.json
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The README whose efforts table must be current (default: the README.md beside the content folder, when it has an efforts table).")
    var readme: String?

    @Flag(name: .customLong("no-readme"), help: "Do not check the README's efforts table.")
    var noReadme = false

    @Option(help: "The templates folder (to render the expected README table).")
    var templates: String = "templates"

    @Option(help: "How to print problems: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .text

    func run() throws {
        try contentOptions.requireFolder()
        let pipeline = Pipeline(paths: Pipeline.Paths(content: contentOptions.content, templates: templates,
                                                       readme: contentOptions.readme(readme, disabled: noReadme)))
        let diagnostics = pipeline.check()
        print(format.format(diagnostics), terminator: "")
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
