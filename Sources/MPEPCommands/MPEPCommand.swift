import ArgumentParser
import Foundation
import MPEPCheck

/// `mpep`: builds the Multilingual Prompt Evaluation Project's leaderboard site.
public struct MPEPCommand: AsyncParsableCommand {   // async: `mpep serve` awaits its server
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
        version: MPEPVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, SampleCommand.self, ServeCommand.self, ImportCommand.self, ExportCommand.self, NewCommand.self]
    )

    public init() {}
}

/// Options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    /// The README beside the content folder (in its parent), the one whose table describes this
    /// content: `content` → `README.md`, `/tmp/tree` → `/tmp/README.md`. Never the current
    /// folder's README for a tree elsewhere: building another tree must not rewrite this
    /// repository's table. Nil when there is no such file, or it has no efforts table (a tree
    /// built in a scratch folder whose parent holds someone else's README).
    var readmeBeside: String? {
        let folder = content.count > 1 && content.hasSuffix("/") ? String(content.dropLast()) : content
        let parent = (folder as NSString).deletingLastPathComponent
        let path = parent.isEmpty ? "README.md" : (parent as NSString).appendingPathComponent("README.md")
        guard let data = FileManager.default.contents(atPath: path),
              ReadmeStatus.line(in: String(decoding: data, as: UTF8.self)) != nil else { return nil }
        return path
    }

    /// Throws a usage error (exit 2) when `--content` names no folder: a mistyped path is a
    /// mistake of the call, not an error in the content. Called first in `run()`, not from
    /// `validate()`, so that an unknown option is reported as that, before the folder is looked at.
    func requireFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--content \(content): no such folder (run from the repository root, or pass the content folder's path)")
        }
    }

    /// The README a command reads or rewrites: `--readme` when given, none with `--no-readme`,
    /// else ``readmeBeside``.
    func readme(_ explicit: String?, disabled: Bool) -> String? {
        disabled ? nil : explicit ?? readmeBeside
    }
}
