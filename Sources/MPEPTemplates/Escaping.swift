/// How `{{value}}` escapes text: HTML for pages, Markdown for maintainers' pages and the README.
///
/// Both compare UTF-8 bytes, never `Character`s: a quote followed by a combining mark (`"\u{301}`)
/// is one Character that is not `"`, and a per-Character escaper let it through to end an
/// attribute (`<meta content="…">` with a model name from a pull request). Every byte either
/// escaping changes is ASCII, so no multi-byte character is ever split. A value with nothing to
/// escape (most of them) is appended as it is, without a copy.
public struct Escaping: Sendable {
    /// As named in a `{{% CONTENT_TYPE: NAME }}` pragma.
    public let name: String
    let kind: Kind

    enum Kind: Sendable {
        case html, markdown
    }

    /// `<`, `>`, `&`, `"` and `'` become entities.
    public static let html = Escaping(name: "HTML", kind: .html)

    /// For values that Mustache inserts into Markdown that is later rendered with raw HTML allowed.
    ///
    /// A language name from a pull request must show as text, never become a link, an image or
    /// raw HTML. So the characters that open links, images, emphasis, code and table cells are
    /// backslash-escaped (valid anywhere in CommonMark outside code, link destinations included),
    /// `<`, `>`, `&` and quotes become entities, and newlines and tabs become spaces, so a value
    /// cannot start a block of its own; other control characters are dropped. URLs stay
    /// readable (`:`, `/` and `.` need no escaping).
    public static let markdown = Escaping(name: "MARKDOWN", kind: .markdown)

    /// The escapings a pragma can name.
    static let all = [html, markdown]

    public func escape(_ text: String) -> String {
        var out = ""
        kind.append(text, to: &out)
        return out
    }
}

extension Escaping.Kind {
    /// Appends `text`, escaped, to `out`: the renderer's one output buffer.
    func append(_ text: String, to out: inout String) {
        let utf8 = text.utf8
        guard let first = firstEscapedOffset(in: text) else {
            out.append(text)
            return
        }
        var run = utf8.startIndex
        var index = utf8.index(run, offsetBy: first)
        while index < utf8.endIndex {
            if let replacement = replacement(for: utf8[index]) {
                // Bounds fall next to ASCII bytes, hence on scalar boundaries: exact slices.
                out.append(contentsOf: Substring(utf8[run..<index]))
                out.append(replacement)
                run = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out.append(contentsOf: Substring(utf8[run...]))
    }

    /// What `byte` becomes; nil keeps it.
    private func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: self == .markdown ? markdownReplacement(for: byte) : nil
        }
    }

    private func markdownReplacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): " "
        case 0..<0x20: ""
        case UInt8(ascii: "!"): "\\!"
        case UInt8(ascii: "*"): "\\*"
        case UInt8(ascii: "["): "\\["
        case UInt8(ascii: "\\"): "\\\\"
        case UInt8(ascii: "]"): "\\]"
        case UInt8(ascii: "_"): "\\_"
        case UInt8(ascii: "`"): "\\`"
        case UInt8(ascii: "|"): "\\|"
        case UInt8(ascii: "~"): "\\~"
        case UInt8(ascii: "("): "\\("
        case UInt8(ascii: ")"): "\\)"
        default: nil
        }
    }

    /// The byte offset of the first byte to escape, nil when there is none.
    private func firstEscapedOffset(in text: String) -> Int? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.firstIndex { replacement(for: $0) != nil }
        }) {
            return found
        }
        return text.utf8.firstIndex { replacement(for: $0) != nil }.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
    }
}
