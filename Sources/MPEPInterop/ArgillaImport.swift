import Foundation
import MPEPContent

/// `mpep import argilla`: an export of an Argilla translation dataset into
/// `languages/<code>/prompts.jsonl`, as a sync: run it again on a later export and the file
/// follows (new translations appended, changed ones rewritten in place, each change reported).
///
/// The export is one of the ``ArgillaLayout``s (detected from the records, and reported). How a
/// record becomes a translation:
///
/// - **Id**: the export's id (`external_id`, or `id` in 2.x) when the source set has that id
///   *with the same text*; otherwise the source prompt whose text is the record's `source`
///   (whitespace runs collapsed, ends trimmed). A record matching neither is counted and skipped.
/// - **Text, credit, status**: ``ArgillaVote``. A record without a submitted text is counted and
///   skipped.
/// - **A line already there**: ``ArgillaSync``.
///
/// Every record is accounted for in the ``Report``: added, updated, unchanged, kept (edited by
/// hand) or skipped with its reason, by prompt id. A malformed file (a line that is not JSON, a
/// JSON array, a record without `source`) is refused with its line and nothing is written.
public struct ArgillaImport: Sendable {
    public struct Change: Sendable, Equatable {
        public var id: String
        public var changes: [String]

        public init(id: String, changes: [String]) {
            self.id = id
            self.changes = changes
        }
    }

    public struct Report: Sendable {
        public var layout: ArgillaLayout?
        public var records = 0
        /// Prompt ids of new translation lines.
        public var added: [String] = []
        /// Existing lines rewritten, with what changed.
        public var updated: [Change] = []
        /// Existing lines already as the export says.
        public var unchanged: [String] = []
        /// Existing lines kept although the export differs: their text was edited by hand.
        public var keptEdited: [String] = []
        /// Prompt ids whose submitted texts differ (the majority, or the first, was taken).
        public var disputed: [String] = []
        /// Records imported as `reviewed` (added, updated or unchanged).
        public var reviewed = 0
        /// Records matched to a prompt by text because their export id was unknown or named another text.
        public var matchedByText = 0
        /// Prompt ids of records without a submitted response.
        public var unsubmitted: [String] = []
        /// Records whose source text is not in the source set: `line 7 (id 42)`.
        public var unmatched: [String] = []
        /// Distinct translators credited in this export.
        public var annotators: [String] = []
        public var summary = WriteSummary()

        /// Every record lands in exactly one of the lists: this equals `records`.
        public var accountedFor: Int {
            added.count + updated.count + unchanged.count + keptEdited.count + unsubmitted.count + unmatched.count
        }
    }

    public var content: URL
    public var displayRoot: String
    public var language: String
    /// Replace lines whose text was edited by hand (see ``ArgillaSync``).
    public var overwrite: Bool

    public init(content: URL, displayRoot: String, language: String, overwrite: Bool = false) {
        self.content = content
        self.displayRoot = displayRoot
        self.language = language
        self.overwrite = overwrite
    }

    /// Plans the sync and, unless `write` is false (a dry run), writes it.
    public func run(export url: URL, displayPath: String, write: Bool = true) throws(InteropError) -> Report {
        var edit = TreeEdit(root: content, displayRoot: displayRoot)
        guard Identifier.isValid(language), edit.exists(ContentLayout.languageYML(language)) else {
            throw InteropError(edit.displayPath(ContentLayout.languageYML(language)),
                               "no such language: create it first with `mpep new language \(language) …`")
        }
        var sourceText: [String: String] = [:]
        var idByText: [String: String] = [:]
        for record in edit.existingRecords(ContentLayout.sourcePrompts) {
            guard case .string(let text)? = record.members["prompt"]?.value else { continue }
            let key = ArgillaVote.normalized(text)
            sourceText[record.id] = key
            if idByText[key] == nil { idByText[key] = record.id }
        }
        guard !sourceText.isEmpty else {
            throw InteropError(edit.displayPath("prompts.jsonl"), "no source prompts to match the export against")
        }
        let (records, layout) = try Self.read(url, displayPath: displayPath)

        let target = ContentLayout.translations(language)
        let existing = Dictionary(edit.existingRecords(target).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sync = ArgillaSync(overwrite: overwrite)
        var report = Report(layout: layout, records: records.count)
        var firstLine: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for record in records {
            let key = ArgillaVote.normalized(record.source)
            var id: String?
            if let external = record.externalId, sourceText[external] == key {
                id = external
            } else if let byText = idByText[key] {
                id = byText
                report.matchedByText += 1
            }
            guard let id else {
                report.unmatched.append("line \(record.line)" + (record.externalId.map { " (id \($0))" } ?? ""))
                continue
            }
            guard let vote = ArgillaVote(record.responses) else { report.unsubmitted.append(id); continue }
            // Two records publishing one prompt cannot both win; which one should is the lead's call.
            if let line = firstLine[id] {
                problems.append(.error(displayPath, line: record.line,
                                       "a second record with a submitted translation of prompt \"\(id)\" (the first is on line \(line)); keep one of them in Argilla"))
                continue
            }
            firstLine[id] = record.line
            if vote.disputed { report.disputed.append(id) }
            for user in vote.translators where !report.annotators.contains(user) { report.annotators.append(user) }
            guard let old = existing[id] else {
                edit.append(target, ArgillaSync.members(id: id, text: vote.text, translators: vote.translators, reviewed: vote.reviewed))
                report.added.append(id)
                if vote.reviewed { report.reviewed += 1 }
                continue
            }
            switch sync.outcome(existing: old.members, id: id, vote: vote, record: record) {
            case .unchanged:
                edit.keep()
                report.unchanged.append(id)
                if case .string("reviewed")? = old.members["status"]?.value { report.reviewed += 1 }
            case .updated(let members, let changes):
                edit.replace(target, line: old.line, with: members)
                report.updated.append(Change(id: id, changes: changes))
                if members.contains(where: { $0.0 == "status" && $0.1 == .string("reviewed") }) { report.reviewed += 1 }
            case .keptEdited:
                report.keptEdited.append(id)
            }
        }
        if problems.hasErrors { throw InteropError(problems.sorted()) }
        report.summary = try edit.apply(write: write)
        return report
    }

    /// The export's records and layout; throws every malformed line, or one error for a JSON array.
    static func read(_ url: URL, displayPath: String) throws(InteropError) -> ([ArgillaRecord], ArgillaLayout?) {
        if Self.startsWithArray(url) {
            throw InteropError(displayPath, line: 1,
                               "the file is one JSON array, not JSON Lines (one record per line): write the export with `Dataset.to_json(path)` (its default, lines=True), or convert it: python -c 'import json,sys; [print(json.dumps(r, ensure_ascii=False)) for r in json.load(open(sys.argv[1]))]' FILE > FILE.jsonl")
        }
        var layout: ArgillaLayout?
        var records: [ArgillaRecord] = []
        var problems: [Diagnostic] = []
        problems += JSONLReader.read(url, displayPath: displayPath) { line in
            let found = ArgillaLayout.of(line.members)
            if layout == nil { layout = found }
            if let found, let layout, found != layout {
                problems.append(.error(displayPath, line: line.line,
                                       "this record is in another layout (\(found.description)) than the first (\(layout.description))"))
                return
            }
            if let record = ArgillaRecord(line, layout: layout ?? .feedbackDataset, path: displayPath, problems: &problems) {
                records.append(record)
            }
        }
        if problems.hasErrors { throw InteropError(problems.sorted()) }
        return (records, layout)
    }

    /// Whether the first character after a byte-order mark and white space is `[`.
    private static func startsWithArray(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let first = head.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }.first
        return first == UInt8(ascii: "[")
    }
}
