import MPEPContent

/// How `mpep check` prints its findings: for people, for GitHub Actions, or for other tools.
///
///     print(DiagnosticFormat.github.format(diagnostics), terminator: "")
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:column: error: message`, one per line, then a summary (`2 errors, 1 warning`).
    case text
    /// GitHub Actions workflow commands, which become annotations on the pull request's files,
    /// then the same summary as plain log text.
    case github
    /// One JSON object with sorted keys: `{"diagnostics":[…],"errors":N,"warnings":N}`.
    case json

    /// The whole report, each line ending in a newline; the same diagnostics give the same bytes.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map { $0.description + "\n" }.joined() + Self.summary(diagnostics) + "\n"
        case .github:
            return diagnostics.map { GitHubAnnotation.command(for: $0) + "\n" }.joined() + Self.summary(diagnostics) + "\n"
        case .json:
            return JSONReport.document(diagnostics) + "\n"
        }
    }

    /// `2 errors, 1 warning`: counts with the noun agreeing.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        "\(counted(diagnostics.errorCount, "error")), \(counted(diagnostics.warningCount, "warning"))"
    }

    private static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
