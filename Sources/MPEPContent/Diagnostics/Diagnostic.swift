/// One problem found in the content tree, located precisely enough that a contributor can
/// fix it from a pull-request annotation without reading mpep's code.
///
///     content/languages/nl/annotations/sample-judge/m.jsonl:17:15: error: "preference" must be …
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The file as the user named it (the content root's display path joined with the relative path).
    public var path: String
    /// 1-based line, or nil for a problem with the whole file or folder.
    public var line: Int?
    /// 1-based column (UTF-8 bytes in JSONL, code points in YAML, as the tools that read them count).
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, _ path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, path, line: line, column: column, message)
    }

    public static func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path, line: line, column: column, message)
    }

    /// `path:line:column: severity: message`, the form compilers use and editors understand.
    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if let line, line > 0, let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

extension Diagnostic: Comparable {
    /// By file, then line, then column: the order a contributor reads them in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
