/// Hand-written JSON and YAML text for generated files.
///
/// The generator writes its own bytes instead of using `JSONSerialization` so that key order,
/// escaping and number formatting never change between platforms or Foundation versions:
/// the same seed must give the same bytes everywhere.
enum JSONText {
    /// Appends `text` as a JSON string literal (with quotes). Only `"`, `\` and control
    /// characters are escaped; everything else stays raw UTF-8, so scripts stay readable.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the escaped body of a JSON string, without quotes.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
    }

    /// The escaped body of a JSON string, as bytes (for pre-encoded phrases).
    static func escaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return out
    }

    /// A preference as written in annotation files: `null`, or a number with at most
    /// four decimals and no trailing zeros (`1`, `2`, `1.5`, `1.8731`).
    static func preference(_ value: Double?) -> String {
        guard let value else { return "null" }
        let scaled = (value * 10_000).rounded()
        let whole = Int(scaled) / 10_000
        var fraction = Int(scaled) % 10_000
        if fraction == 0 { return String(whole) }
        var digits = 4
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let padded = String(repeating: "0", count: digits - String(fraction).count) + String(fraction)
        return "\(whole).\(padded)"
    }

    /// A decimal with at most `places` decimals and no trailing zeros, for YAML numbers.
    static func decimal(_ value: Double, places: Int = 2) -> String {
        var power = 1
        for _ in 0..<places { power *= 10 }
        let scaled = Int((value * Double(power)).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        var fraction = magnitude % power
        if fraction == 0 { return sign + String(magnitude / power) }
        var digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let padded = String(repeating: "0", count: digits - String(fraction).count) + String(fraction)
        return "\(sign)\(magnitude / power).\(padded)"
    }
}

/// Hand-written YAML: every string double-quoted, keys in the order given.
enum YAMLText {
    /// A double-quoted YAML scalar; YAML's double-quoted escapes are a superset of JSON's.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        JSONText.appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A flow sequence of quoted strings: `["a", "b"]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// A document from ordered `key: value` pairs whose values are already YAML.
    static func document(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0): \($0.1)\n" }.joined()
    }
}
