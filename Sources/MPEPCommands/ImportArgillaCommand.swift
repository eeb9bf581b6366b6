import ArgumentParser
import Foundation
import MPEPInterop

struct ImportArgillaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argilla",
        abstract: "Import a Hugging Face export of an Argilla translation dataset into a language's prompts.jsonl.",
        discussion: """
            FILE is JSON Lines as `datasets` writes them (Dataset.to_json): source, target (the \
            responses: user_id, value, status), target-suggestion, external_id, metadata. Each \
            record's id is its external_id when the source set has it with the same text, else the \
            source prompt with that text. The translation is the submitted value most translators \
            gave; status is reviewed when two or more translators submitted it. Records without a \
            submitted response, or whose source text is not in the source set, are counted and skipped.

            Examples:
              mpep import argilla --language nl MPEP_DUTCH.jsonl
              python -c 'import datasets; datasets.load_dataset("DIBT/MPEP_DUTCH", split="train").to_json("nl.jsonl")'
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The language code (languages/<code>/ must exist: see mpep new language).")
    var language: String

    @Argument(help: "The exported JSON Lines file.")
    var file: String

    func run() throws {
        let importer = ArgillaImport(content: URL(fileURLWithPath: contentOptions.content),
                                     displayRoot: contentOptions.content, language: language)
        do {
            let report = try importer.run(export: URL(fileURLWithPath: file), displayPath: file)
            print("\(file): \(report.records) records; \(report.imported) translations (\(report.reviewed) reviewed)"
                  + (report.matchedByText > 0 ? ", \(report.matchedByText) matched by source text" : ""))
            print("annotators in \(language): \(report.annotators.count)")
            if !report.unsubmitted.isEmpty {
                print("skipped \(report.unsubmitted.count) records without a submitted response: \(Self.first(report.unsubmitted))")
            }
            if !report.unmatched.isEmpty {
                print("skipped \(report.unmatched.count) records whose source text is not in the source set: \(Self.first(report.unmatched))")
            }
            print(report.summary.line)
        } catch {
            throw error.exit()
        }
    }

    static func first(_ ids: [String]) -> String {
        ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    }
}
