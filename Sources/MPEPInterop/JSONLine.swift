import MPEPContent

/// Hand-written JSON for the files mpep writes into a content tree or an export.
///
/// Key order, escaping and number format are fixed here rather than left to
/// `JSONSerialization`, so an import gives the same bytes on every platform (and a second
/// import of the same files changes nothing). Only `"`, `\` and control characters are
/// escaped; other text stays raw UTF-8 and readable in a pull request's diff.
public enum JSONScalar: Sendable, Equatable {
    case string(String)
    case number(Double)
    case strings([String])
    case null
    /// Any parsed value, written back as it was read (a member a syncing import keeps).
    case value(JSONValue)

    var text: String {
        switch self {
        case .string(let s): return JSONLine.quoted(s)
        case .number(let d): return JSONLine.number(d)
        case .strings(let list): return "[" + list.map(JSONLine.quoted).joined(separator: ", ") + "]"
        case .null: return "null"
        case .value(let value): return JSONLine.text(value)
        }
    }
}

public enum JSONLine {
    /// One JSON Lines record: `{"id": "p1", "output": "…"}`, members in the given order.
    public static func object(_ members: [(String, JSONScalar)]) -> String {
        "{" + members.map { quoted($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal, with quotes (the one escaping rule mpep writes JSON with).
    public static func quoted(_ text: String) -> String {
        JSONString.quoted(text)
    }

    /// Any JSON value in the same style (`, ` and `: ` separators, members in their order).
    public static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return number(d)
        case .string(let s): return quoted(s)
        case .array(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { quoted($0.key) + ": " + text($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// Whole numbers without a fraction (`2`, not `2.0`), others in Swift's shortest
    /// round-tripping form, so a preference read back is the same `Double`.
    public static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
