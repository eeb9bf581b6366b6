import Yams

/// Typed access to the keys of a YAML mapping (a metadata file or a page's front matter),
/// reporting wrong types with the key's line, and unknown keys as warnings (likely typos).
struct YAMLFields {
    private struct Entry {
        var key: String
        var node: Node
        var line: Int
        var column: Int
    }

    let path: String
    private var entries: [Entry] = []
    private var used = Set<String>()
    /// The line of the mapping itself, for "missing key" errors.
    private let line: Int
    private(set) var problems: [Diagnostic] = []

    /// Parses `text`; returns nil (with the problem recorded in `problems`) when it is not a mapping.
    init?(text: String, path: String, lineOffset: Int = 0, problems: inout [Diagnostic]) {
        self.path = path
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            problems.append(Self.diagnostic(for: error, path: path, lineOffset: lineOffset))
            return nil
        } catch {
            problems.append(.error(path, line: lineOffset + 1, "invalid YAML: \(error)"))
            return nil
        }
        guard let node, let mapping = node.mapping else {
            problems.append(.error(path, line: lineOffset + 1, "expected a YAML mapping of keys to values"))
            return nil
        }
        line = (mapping.mark?.line ?? 1) + lineOffset
        var seen = Set<String>()
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let mark = keyNode.mark
            let entry = Entry(key: key, node: valueNode, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
            if !seen.insert(key).inserted {
                problems.append(.error(path, line: entry.line, column: entry.column, "\"\(key)\" appears twice"))
            }
            entries.append(entry)
        }
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error(path, line: mark.line + lineOffset, column: mark.column, "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(path, line: context.mark.line + lineOffset, column: context.mark.column,
                          "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return .error(path, line: lineOffset + 1, "invalid YAML: \(error)")
        }
    }

    /// The line of each key (the first, if one is repeated), kept so later stages can point at a key.
    var keyLines: [String: Int] {
        Dictionary(entries.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first })
    }

    private mutating func entry(_ key: String) -> Entry? {
        used.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if entry.node.null != nil { return nil }  // `key:`, `key: ~` and `key: null` count as absent
        return entry
    }

    private mutating func error(_ entry: Entry, _ message: String) {
        problems.append(.error(path, line: entry.line, column: entry.column, message))
    }

    mutating func missing(_ key: String, _ what: String) {
        problems.append(.error(path, line: line, column: 1, "missing \"\(key)\" (\(what))"))
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let entry = entry(key) else {
            if required { missing(key, "a string") }
            return nil
        }
        guard case .scalar = entry.node, let value = entry.node.string, !value.isEmpty else {
            error(entry, "\"\(key)\" must be a non-empty string")
            return nil
        }
        return value
    }

    /// An http or https address (it becomes a link on the site).
    mutating func webURL(_ key: String, required: Bool = false) -> String? {
        guard let value = string(key, required: required) else { return nil }
        guard WebURL.isValid(value) else {
            if let entry = entries.first(where: { $0.key == key }) {
                error(entry, "\"\(key)\" must be an http or https URL, found \"\(value.prefix(60))\"")
            }
            return nil
        }
        return value
    }

    /// A model, judge or language id (these become paths).
    mutating func identifier(_ key: String, required: Bool = false) -> String? {
        guard let value = string(key, required: required) else { return nil }
        guard Identifier.isValid(value) else {
            if let entry = entries.first(where: { $0.key == key }) {
                error(entry, "\"\(key)\" must be an id matching \(Identifier.rule), found \"\(value.prefix(60))\"")
            }
            return nil
        }
        return value
    }

    mutating func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
        guard let entry = entry(key) else {
            if required { missing(key, "a whole number") }
            return nil
        }
        guard case .scalar = entry.node, let value = entry.node.int else {
            error(entry, "\"\(key)\" must be a whole number, found \"\(entry.node.string ?? "a collection")\"")
            return nil
        }
        if let range, !range.contains(value) {
            error(entry, "\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    mutating func number(_ key: String, required: Bool = false) -> Double? {
        guard let entry = entry(key) else {
            if required { missing(key, "a number") }
            return nil
        }
        guard case .scalar = entry.node, let value = entry.node.float ?? entry.node.int.map(Double.init),
              value.isFinite else {
            error(entry, "\"\(key)\" must be a number, found \"\(entry.node.string ?? "a collection")\"")
            return nil
        }
        return value
    }

    mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let entry = entry(key) else {
            if required { missing(key, "true or false") }
            return nil
        }
        guard case .scalar = entry.node, let value = entry.node.bool else {
            error(entry, "\"\(key)\" must be true or false, found \"\(entry.node.string ?? "a collection")\"")
            return nil
        }
        return value
    }

    mutating func stringList(_ key: String, required: Bool = false) -> [String]? {
        guard let entry = entry(key) else {
            if required { missing(key, "a list of strings") }
            return nil
        }
        if case .scalar = entry.node, let single = entry.node.string, !single.isEmpty {
            return [single]  // `leads: someone` is read as a list of one
        }
        guard case .sequence(let sequence) = entry.node else {
            error(entry, "\"\(key)\" must be a list of strings")
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard case .scalar = item, let s = item.string, !s.isEmpty else {
                error(entry, "\"\(key)\" must be a list of non-empty strings")
                return nil
            }
            values.append(s)
        }
        return values
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let value = string(key, required: required) else { return nil }
        guard let choice = E(rawValue: value) else {
            let allowed = E.allCases.map { $0.rawValue }.joined(separator: " | ")
            if let entry = entries.first(where: { $0.key == key }) {
                error(entry, "\"\(key)\" must be one of \(allowed), found \"\(value.prefix(60))\"")
            }
            return nil
        }
        return choice
    }

    /// Every key with its value, which must be a non-empty string, in file order: for a file whose
    /// keys are data rather than the contract's names (translators.yml).
    mutating func stringEntries() -> [(key: String, value: String, line: Int)] {
        var found: [(key: String, value: String, line: Int)] = []
        for entry in entries {
            used.insert(entry.key)
            guard case .scalar = entry.node, let value = entry.node.string, !value.isEmpty, entry.node.null == nil else {
                error(entry, "\"\(entry.key)\" must have a non-empty string as its value (the name to show)")
                continue
            }
            found.append((entry.key, value, entry.line))
        }
        return found
    }

    /// Warns about keys the contract does not define: usually a typo of one it does.
    mutating func warnUnknownKeys() {
        for entry in entries where !used.contains(entry.key) {
            problems.append(.warning(path, line: entry.line, column: entry.column,
                                     "unknown key \"\(entry.key)\" (ignored)"))
        }
    }
}
