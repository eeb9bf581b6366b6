import Mustache

/// Escaping for values that Mustache inserts into Markdown (maintainers' pages and the README).
///
/// A language name from a pull request must show as text, never become a link, an image or raw
/// HTML, even though maintainers' pages are rendered with raw HTML allowed. So the characters
/// that open links, images, emphasis, code and table cells are backslash-escaped (valid anywhere
/// in CommonMark outside code, link destinations included), `<`, `>`, `&` and quotes become
/// entities, and newlines become spaces, so a value cannot start a block of its own.
/// URLs stay readable (`:`, `/` and `.` need no escaping).
public struct MarkdownEscaping: MustacheContentType {
    public static let name = "MARKDOWN"

    public init() {}

    public func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            case "!", "*", "[", "\\", "]", "_", "`", "|", "~", "(", ")":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Registers the content type once, so templates can say `{{% CONTENT_TYPE: MARKDOWN }}`.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownEscaping(), named: name)
        return true
    }()
}
