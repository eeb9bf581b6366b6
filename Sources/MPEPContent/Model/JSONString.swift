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
    /// character is 0x80 or more, so only ASCII is ever escaped), copying the runs between escapes
    /// whole, which keeps the answer bundles' gigabyte of HTML cheap to quote. A `String` is read
    /// through its contiguous UTF-8: iterating `some StringProtocol` from another module ran
    /// unspecialized, a witness-table call per byte, a fifth of a bundled build's CPU.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text   // withUTF8 may make a native copy of a bridged string; usually none
        text.withUTF8 { appendEscaped($0, to: &out) }
    }

    public static func append(_ text: some StringProtocol, to out: inout [UInt8]) {
        append(String(text), to: &out)
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count + 2)
        out.append(UInt8(ascii: "\""))
        var run = 0
        for i in 0..<bytes.count {
            let byte = bytes[i]
            let escape: UInt8
            switch byte {
            case UInt8(ascii: "\""): escape = UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0x08: escape = UInt8(ascii: "b")
            case 0x0C: escape = UInt8(ascii: "f")
            case 0..<0x20, 0x7F: escape = 0
            default: continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            run = i + 1
            out.append(UInt8(ascii: "\\"))
            if escape != 0 {
                out.append(escape)
            } else {
                let hex = String(byte, radix: 16)
                out += Array(("u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        out.append(UInt8(ascii: "\""))
    }
}
