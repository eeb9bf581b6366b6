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

    var text: String {
        switch self {
        case .string(let s): return JSONLine.quoted(s)
        case .number(let d): return JSONLine.number(d)
        case .strings(let list): return "[" + list.map(JSONLine.quoted).joined(separator: ", ") + "]"
        case .null: return "null"
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

    /// Whole numbers without a fraction (`2`, not `2.0`), others in Swift's shortest
    /// round-tripping form, so a preference read back is the same `Double`.
    public static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
