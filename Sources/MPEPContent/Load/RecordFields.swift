/// Typed access to the members of one JSONL record, turning every mistake into a diagnostic
/// that names the field, what was expected and what was found.
struct RecordFields {
    let members: [JSONMember]
    let path: String
    let line: Int
    private(set) var problems: [Diagnostic] = []

    init(_ record: JSONLReader.Record, path: String) {
        members = record.members
        self.path = path
        line = record.line
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            problems.append(.error(path, line: line, column: member.column,
                                   "\"\(member.key)\" appears twice in one record"))
        }
    }

    var location: SourceLocation { SourceLocation(path: path, line: line) }

    mutating func error(_ key: String, _ message: String) {
        let column = members[key]?.column ?? 1
        problems.append(.error(path, line: line, column: column, message))
    }

    /// A required, non-empty string.
    mutating func requiredString(_ key: String) -> String? {
        guard let member = members[key] else {
            problems.append(.error(path, line: line, column: 1, "missing \"\(key)\" (a non-empty string)"))
            return nil
        }
        guard case .string(let value) = member.value, !value.isEmpty else {
            error(key, "\"\(key)\" must be a non-empty string, found \(member.value.summary)")
            return nil
        }
        return value
    }

    mutating func optionalString(_ key: String) -> String? {
        guard let member = members[key] else { return nil }
        switch member.value {
        case .null: return nil
        case .string(let value): return value
        default:
            error(key, "\"\(key)\" must be a string, found \(member.value.summary)")
            return nil
        }
    }

    mutating func optionalNumber(_ key: String) -> Double? {
        guard let member = members[key] else { return nil }
        switch member.value {
        case .null: return nil
        case .number(let value): return value
        default:
            error(key, "\"\(key)\" must be a number, found \(member.value.summary)")
            return nil
        }
    }

    mutating func optionalStringList(_ key: String) -> [String] {
        guard let member = members[key] else { return [] }
        switch member.value {
        case .null: return []
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let s) = item, !s.isEmpty else {
                    error(key, "\"\(key)\" must be a list of non-empty strings, found \(item.summary) in it")
                    return []
                }
                strings.append(s)
            }
            return strings
        default:
            error(key, "\"\(key)\" must be a list of strings, found \(member.value.summary)")
            return []
        }
    }

    /// AlpacaEval's preference: a number in [1, 2], legacy 0 (a draw), or null (no verdict).
    /// Returns `.some(nil)` for null and `nil` when the field is wrong (already reported).
    mutating func preference() -> Double?? {
        let expected = "a number in [1, 2], 0 (legacy draw) or null"
        guard let member = members["preference"] else {
            problems.append(.error(path, line: line, column: 1, "missing \"preference\" (\(expected))"))
            return nil
        }
        switch member.value {
        case .null:
            return .some(nil)
        case .number(let p) where p == 0 || (p >= 1 && p <= 2):
            return .some(p)
        default:
            error("preference", "\"preference\" must be \(expected), found \(member.value.summary)")
            return nil
        }
    }
}
