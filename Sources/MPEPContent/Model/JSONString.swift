/// JSON string literals written the same way everywhere mpep writes JSON by hand (content files
/// an import creates, `mpep check --format json`, messages quoting an id).
///
/// Only `"`, `\` and control characters are escaped (RFC 8259's minimum, plus DEL); other text
/// stays raw UTF-8, readable in a pull request's diff and identical on every platform.
public enum JSONString {
    /// `"text"`, escaped.
    public static func quoted(_ text: some StringProtocol) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
