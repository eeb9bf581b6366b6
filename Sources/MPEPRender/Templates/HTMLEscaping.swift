import Mustache

/// The HTML escaping of every `{{value}}` in mpep's templates: `<`, `>`, `&`, `"` and `'` become
/// entities, compared byte by byte in UTF-8.
///
/// swift-mustache's own escaper compares Swift `Character`s, and a quote followed by a combining
/// mark (`"\u{301}`) is one Character that is not `"`: it passed through unescaped and ended an
/// attribute (`<meta content="…">` with a model name from a pull request). Bytes have no such
/// clusters. Values without any of the five bytes (most of them) are returned as they are, which
/// also makes rendering markedly faster than the per-Character scan it replaces.
public struct HTMLEscaping: MustacheContentType {
    public static let name = "MPEP_HTML"

    public init() {}

    public func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard let first = bytes.firstIndex(where: Self.needsEscape) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Registers the content type once; `TemplateSet` opens every template with its pragma.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
        return true
    }()
}
