import ArgumentParser
import Foundation
import MPEPContent
import MPEPInterop

struct ImportArgillaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argilla",
        abstract: "Import (or sync again) an export of an Argilla translation dataset into a language's prompts.jsonl.",
        discussion: """
            FILE is JSON Lines as the Argilla SDK writes it: Argilla 1.x \
            (FeedbackDataset.format_as("datasets").to_json: source, target, external_id, …) or 2.x \
            (dataset.records.to_datasets().to_json: id, source, target.responses, \
            target.responses.users, target.responses.status, …). The layout found is printed. Each \
            record's id is its export id when the source set has it with the same text, else the \
            source prompt with that text. The translation is the submitted text most translators \
            gave (ties: the first); its translators are credited; it is reviewed when two or more \
            submitted it. Importing a later export updates the lines it changed and lists each \
            change; a line whose text was edited by hand is kept (and named) unless --overwrite. \
            Every record is counted: added, updated, unchanged, kept, or skipped with its reason.

            Examples:
              mpep import argilla --language nl MPEP_DUTCH.jsonl
              mpep import argilla --language nl --dry-run MPEP_DUTCH-week2.jsonl
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The language code (languages/<code>/ must exist: see mpep new language).")
    var language: String

    @Flag(help: "Show what would change without writing anything.")
    var dryRun = false

    @Flag(help: "Replace translations whose text was edited by hand with the export's.")
    var overwrite = false

    @Argument(help: "The exported JSON Lines file.")
    var file: String

    func run() throws {
        let importer = ArgillaImport(content: URL(fileURLWithPath: contentOptions.content),
                                     displayRoot: contentOptions.content, language: language, overwrite: overwrite)
        do {
            let report = try importer.run(export: URL(fileURLWithPath: file), displayPath: file, write: !dryRun)
            for line in Self.lines(report, file: file, language: language) { print(line) }
            print(dryRun ? "dry run: nothing written (\(report.summary.recordsAdded) records to add, \(report.summary.recordsUpdated) to update)"
                         : report.summary.line)
        } catch {
            throw error.exit()
        }
    }

    /// The report, one fact per line: the layout, the counts that add up to the records, then
    /// each changed or kept prompt by id.
    static func lines(_ report: ArgillaImport.Report, file: String, language: String) -> [String] {
        var out = ["\(file): \(report.layout?.description ?? "no records")",
                   "\(report.records) records: \(report.added.count) added, \(report.updated.count) updated, "
                   + "\(report.unchanged.count) unchanged, \(report.keptEdited.count) kept (edited by hand), "
                   + "\(report.unsubmitted.count + report.unmatched.count) skipped"]
        out.append("translations: \(report.added.count + report.updated.count + report.unchanged.count) "
                   + "(\(report.reviewed) reviewed)"
                   + (report.matchedByText > 0 ? ", \(report.matchedByText) matched by source text" : ""))
        out.append("annotators in \(language): \(report.annotators.count)")
        if report.annotators.contains(where: TranslatorNames.isArgillaUserId) {
            out.append("translators are credited by Argilla user id: give them names in languages/\(language)/translators.yml (`mpep check` lists the unnamed)")
        }
        if !report.added.isEmpty { out.append("added: \(first(report.added))") }
        for change in report.updated { out.append("updated \(change.id): \(change.changes.joined(separator: "; "))") }
        for id in report.keptEdited {
            out.append("kept \(id): its text was edited by hand and differs from every response in the export (--overwrite replaces it)")
        }
        if !report.disputed.isEmpty {
            out.append("\(report.disputed.count) prompts with differing submitted texts (the most submitted, or the first, was taken): \(first(report.disputed))")
        }
        if !report.unsubmitted.isEmpty {
            out.append("skipped \(report.unsubmitted.count) records without a submitted response: \(first(report.unsubmitted))")
        }
        if !report.unmatched.isEmpty {
            out.append("skipped \(report.unmatched.count) records whose source text is not in the source set: \(first(report.unmatched))")
        }
        return out
    }

    static func first(_ ids: [String]) -> String {
        ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", … (\(ids.count - 10) more)" : "")
    }
}
