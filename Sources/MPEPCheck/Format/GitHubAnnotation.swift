import MPEPContent

/// GitHub Actions' `::error` and `::warning` workflow commands.
///
/// The runner reads one command per line as `::name key=value,key=value::message`, so the
/// message escapes `%`, CR and LF, and property values also escape `:` and `,` (the same
/// escaping as `escapeData` and `escapeProperty` in actions/toolkit's `command.ts`).
enum GitHubAnnotation {
    static let title = "mpep check"

    static func command(for diagnostic: Diagnostic) -> String {
        var properties = ["file=" + escapeProperty(diagnostic.path)]
        if let line = diagnostic.line, line > 0 {
            properties.append("line=\(line)")
            if let column = diagnostic.column { properties.append("col=\(column)") }
        }
        properties.append("title=" + escapeProperty(title))
        let name = diagnostic.severity == .error ? "error" : "warning"
        return "::\(name) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    /// `%` first, so the escapes added next are not escaped again.
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// Replaces by Unicode scalar, so that `\r\n` (one Character) is seen as its two scalars.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
