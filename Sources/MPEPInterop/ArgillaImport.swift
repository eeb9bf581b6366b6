import Foundation
import MPEPContent

/// `mpep import argilla`: a Hugging Face export of an Argilla translation dataset into
/// `languages/<code>/prompts.jsonl`.
///
/// The export is JSON Lines as `datasets` writes them, one record per prompt, in the layout of
/// the original project's Spaces: `source` (the English prompt), `target` (the responses, a list
/// of `{user_id, value, status}`), `target-suggestion` and `target-suggestion-metadata` (the
/// machine translation shown to translators), `external_id` (the prompt's id) and `metadata`
/// (a JSON string). How a record becomes a translation:
///
/// - **Id**: `external_id` when the source set has that id *with the same text*; otherwise the
///   source prompt whose text is the record's `source` (texts compared with whitespace runs
///   collapsed and ends trimmed). A record matching neither is reported and skipped.
/// - **Translation**: among the responses with status `submitted` (drafts and discarded ones
///   never count), the value most translators submitted (ties: the earliest).
/// - **Translators**: the distinct `user_id`s of the submitted responses, in order.
/// - **Status**: `reviewed` when at least two translators submitted that same text (one read
///   and confirmed the other's), else `submitted`.
/// - A record without a submitted response (the machine suggestion alone is not a translation)
///   is reported and skipped.
public struct ArgillaImport: Sendable {
    public struct Report: Sendable {
        public var records = 0
        public var imported = 0
        public var reviewed = 0
        /// Records matched by text because their external_id was unknown or named another text.
        public var matchedByText = 0
        /// External ids (or record numbers) of records without a submitted response.
        public var unsubmitted: [String] = []
        /// External ids (or record numbers) whose source text is not in the source set.
        public var unmatched: [String] = []
        /// Distinct translators with at least one submitted response in this export.
        public var annotators: [String] = []
        public var summary = WriteSummary()
    }

    public var content: URL
    public var displayRoot: String
    public var language: String

    public init(content: URL, displayRoot: String, language: String) {
        self.content = content
        self.displayRoot = displayRoot
        self.language = language
    }

    public func run(export url: URL, displayPath: String) throws(InteropError) -> Report {
        var edit = TreeEdit(root: content, displayRoot: displayRoot)
        guard Identifier.isValid(language), edit.exists(ContentLayout.languageYML(language)) else {
            throw InteropError(edit.displayPath(ContentLayout.languageYML(language)),
                               "no such language: create it first with `mpep new language \(language) …`")
        }
        var sourceText: [String: String] = [:]
        var idByText: [String: String] = [:]
        for record in edit.existingRecords(ContentLayout.sourcePrompts) {
            guard case .string(let text)? = record.members["prompt"]?.value else { continue }
            sourceText[record.id] = Self.normalized(text)
            if idByText[Self.normalized(text)] == nil { idByText[Self.normalized(text)] = record.id }
        }
        guard !sourceText.isEmpty else {
            throw InteropError(edit.displayPath("prompts.jsonl"), "no source prompts to match the export against")
        }

        var report = Report()
        var records: [TreeEdit.Record] = []
        var seenIds: Set<String> = []
        var annotators: [String] = []
        var problems: [Diagnostic] = []
        let unreadable = JSONLReader.read(url, displayPath: displayPath) { record in
            report.records += 1
            let label = Self.string(record.members["external_id"]?.value) ?? "record \(report.records)"
            guard let source = Self.string(record.members["source"]?.value) else {
                problems.append(.error(displayPath, line: record.line, "no \"source\" string: not an Argilla translation export"))
                return
            }
            let key = Self.normalized(source)
            var id: String?
            if let external = Self.string(record.members["external_id"]?.value), sourceText[external] == key {
                id = external
            } else if let byText = idByText[key] {
                id = byText
            }
            guard let id else { report.unmatched.append(label); return }
            let submitted = Self.responses(record.members["target"]?.value).filter { $0.status == "submitted" && !$0.value.isEmpty }
            guard !submitted.isEmpty else { report.unsubmitted.append(label); return }
            if id != Self.string(record.members["external_id"]?.value) { report.matchedByText += 1 }
            var counts: [String: Int] = [:]
            for response in submitted { counts[response.value, default: 0] += 1 }
            let best = submitted.first { counts[$0.value] == counts.values.max() }!.value
            var translators: [String] = []
            for response in submitted where !translators.contains(response.user) { translators.append(response.user) }
            for user in translators where !annotators.contains(user) { annotators.append(user) }
            let agreeing = Set(submitted.filter { $0.value == best }.map(\.user)).count
            let status = agreeing >= 2 ? "reviewed" : "submitted"
            if status == "reviewed" { report.reviewed += 1 }
            guard seenIds.insert(id).inserted else {
                problems.append(.error(displayPath, line: record.line, "a second record for prompt \"\(id)\" (\(label)); an export has one record per prompt"))
                return
            }
            var members: [(String, JSONScalar)] = [("id", .string(id)), ("prompt", .string(best))]
            if !translators.isEmpty { members.append(("translators", .strings(translators))) }
            members.append(("status", .string(status)))
            records.append(.init(id: id, key: "prompt", members: members))
            report.imported += 1
        }
        problems += unreadable
        if problems.hasErrors { throw InteropError(problems.sorted()) }
        report.annotators = annotators
        edit.merge(ContentLayout.translations(language), records)
        report.summary = try edit.apply()
        return report
    }

    struct Response {
        var user: String
        var value: String
        var status: String
    }

    static func responses(_ value: JSONValue?) -> [Response] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            guard case .object(let members) = item, let value = string(members["value"]?.value) else { return nil }
            return Response(user: string(members["user_id"]?.value) ?? "unknown",
                            value: value, status: string(members["status"]?.value) ?? "")
        }
    }

    static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .number(let d)?: return JSONLine.number(d)
        default: return nil
        }
    }

    /// Whitespace runs collapsed to one space, ends trimmed: exports often differ from the
    /// source set only there.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
