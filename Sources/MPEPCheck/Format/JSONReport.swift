import MPEPContent

/// The `json` report, written by hand so its bytes do not depend on the platform's
/// `JSONEncoder` (key order, spacing, `\/`): keys sorted, no spaces, absent line or column as
/// `null` so every diagnostic has the same five keys.
enum JSONReport {
    static func document(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d in
            "{\"column\":\(number(d.line == nil ? nil : d.column)),\"line\":\(number(d.line)),\"message\":\(string(d.message)),"
                + "\"path\":\(string(d.path)),\"severity\":\(string(d.severity.rawValue))}"
        }
        return "{\"diagnostics\":[\(items.joined(separator: ","))],\"errors\":\(diagnostics.errorCount),\"warnings\":\(diagnostics.warningCount)}"
    }

    static func number(_ value: Int?) -> String {
        value.map(String.init) ?? "null"
    }

    /// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as is.
    static func string(_ text: String) -> String {
        JSONString.quoted(text)
    }
}
