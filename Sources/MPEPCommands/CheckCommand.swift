import ArgumentParser
import Foundation
import MPEPContent

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the content tree and report every problem with file and line.",
        discussion: """
            Exit 1 on any error, 0 with warnings only.

            Examples:
              mpep check
              mpep check --content content --readme README.md
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The README whose efforts table must be current.")
    var readme: String = "README.md"

    func run() throws {
        let pipeline = Pipeline(paths: Pipeline.Paths(content: contentOptions.content, readme: readme))
        let (_, diagnostics) = pipeline.loadAndCheck()
        for diagnostic in diagnostics { print(diagnostic.description) }
        print("\(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s)")
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
