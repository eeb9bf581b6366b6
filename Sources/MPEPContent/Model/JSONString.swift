/// JSON string literals written the same way everywhere mpep writes JSON by hand (content files
/// an import creates, `mpep check --format json`, messages quoting an id).
///
/// Only `"`, `\` and control characters are escaped (RFC 8259's minimum, plus DEL); other text
/// stays raw UTF-8, readable in a pull request's diff and identical on every platform.
public enum JSONString {
    /// `"text"`, escaped.
    public static func quoted(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `"text"`, escaped, to UTF-8 bytes: works byte by byte (every byte of a multi-byte
    /// character is 0x80 or more, so only ASCII is ever escaped), which keeps the answer bundles'
    /// gigabyte of HTML cheap to quote.
    public static func append(_ text: some StringProtocol, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
