import MPEPContent

/// The layouts of an Argilla translation dataset that `mpep import argilla` reads, as the
/// Argilla SDKs write them (Tests/Fixtures/argilla/ holds exports made by the SDKs themselves).
/// The field is always `source` (the English prompt) and the question `target` (the translation),
/// as in the original project's Spaces.
public enum ArgillaLayout: String, Sendable, Equatable {
    /// Argilla 1.x: `FeedbackDataset.format_as("datasets").to_json(…)`: `source`, `target` (a list
    /// of `{user_id, value, status}`), `target-suggestion`, `target-suggestion-metadata`,
    /// `external_id`, `metadata` (a JSON string).
    case feedbackDataset
    /// Argilla 2.x: `dataset.records.to_datasets().to_json(…)`: `id`, `status`, `source`,
    /// `target.responses`, `target.responses.users`, `target.responses.status` (three parallel
    /// lists), `target.suggestion`, `target.suggestion.agent`, `target.suggestion.score`, and each
    /// metadata property as its own column.
    case flattened

    /// How the command names it.
    public var description: String {
        switch self {
        case .feedbackDataset: return "Argilla 1.x FeedbackDataset export (format_as(\"datasets\"), to_json)"
        case .flattened: return "Argilla 2.x records export (to_datasets, to_json: flattened columns)"
        }
    }

    /// The layout a record is in, from the keys only the layout has; nil when neither.
    static func of(_ members: [JSONMember]) -> ArgillaLayout? {
        if members.contains(where: { $0.key.hasPrefix("target.") }) { return .flattened }
        if members["target"] != nil || members["target-suggestion"] != nil { return .feedbackDataset }
        return nil
    }
}

/// One record of an export, whatever its layout: the English text, the id the export gives it
/// and every response in export order (drafts and discarded ones too: the sync needs them to
/// recognise text that came from Argilla).
struct ArgillaRecord {
    struct Response: Equatable {
        var user: String
        var value: String
        var status: String
    }

    var line: Int
    /// `external_id` (1.x) or `id` (2.x): the MPEP Spaces put the prompt's row index there.
    var externalId: String?
    var source: String
    var responses: [Response]

    /// Reads one line of an export in `layout`; nil with a problem when it has no `source`.
    init?(_ record: JSONLReader.Record, layout: ArgillaLayout, path: String, problems: inout [Diagnostic]) {
        line = record.line
        let members = record.members
        guard let source = Self.string(members["source"]?.value) else {
            problems.append(.error(path, line: record.line, column: members["source"]?.column,
                                   "no \"source\" string: every record of an Argilla translation export has its English text in \"source\""))
            return nil
        }
        self.source = source
        switch layout {
        case .feedbackDataset:
            externalId = Self.string(members["external_id"]?.value)
            responses = Self.objects(members["target"]?.value).compactMap { item in
                guard let value = Self.string(item["value"]?.value) else { return nil }
                return Response(user: Self.string(item["user_id"]?.value) ?? "unknown", value: value,
                                status: Self.string(item["status"]?.value) ?? "")
            }
        case .flattened:
            externalId = Self.string(members["id"]?.value)
            let values = Self.list(members["target.responses"]?.value)
            let users = Self.list(members["target.responses.users"]?.value)
            let statuses = Self.list(members["target.responses.status"]?.value)
            guard values.count == users.count, values.count == statuses.count else {
                problems.append(.error(path, line: record.line, column: members["target.responses"]?.column,
                                       "\"target.responses\", \"target.responses.users\" and \"target.responses.status\" have \(values.count), \(users.count) and \(statuses.count) items; they must be parallel lists"))
                return nil
            }
            responses = values.indices.compactMap { i in
                guard let value = values[i] else { return nil }
                return Response(user: users[i] ?? "unknown", value: value, status: statuses[i] ?? "")
            }
        }
    }

    static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .number(let d)?: return JSONLine.number(d)
        default: return nil
        }
    }

    private static func objects(_ value: JSONValue?) -> [[JSONMember]] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { if case .object(let members) = $0 { members } else { nil } }
    }

    /// A list column (null when the record has no responses: an empty list).
    private static func list(_ value: JSONValue?) -> [String?] {
        guard case .array(let items)? = value else { return [] }
        return items.map { string($0) }
    }
}
