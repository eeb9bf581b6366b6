/// A parsed JSON value. Objects keep their members in file order so messages can point at them.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// How a value is named in a message: `"2"`, `2.5`, `true`, `null`, `an array`, `an object`.
    public var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return JSONValue.format(d)
        case .string(let s):
            let short = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "\"" + short.replacingOccurrences(of: "\n", with: "\\n") + "\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Shortest form of a number as written in JSON (`2`, `1.5`, `0.25`).
    static func format(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}

/// One member of a JSON object, with the 1-based byte column where its value starts.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue
    public var column: Int

    public init(key: String, value: JSONValue, column: Int) {
        self.key = key
        self.value = value
        self.column = column
    }
}

extension Array where Element == JSONMember {
    /// The first member with this key (duplicates are reported by the record reader).
    public subscript(key: String) -> JSONMember? {
        first { $0.key == key }
    }
}
