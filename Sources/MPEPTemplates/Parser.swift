/// Turns a template's source into nodes, once.
///
/// Follows the Mustache spec's core modules: a section, inverted section, closing, comment,
/// partial, delimiter or pragma tag alone on its line ("standalone") removes the whole line,
/// `\r\n` included, and a standalone partial's indentation is kept for its lines.
struct Parser {
    private let bytes: [UInt8]
    private var position = 0
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    /// Whether the current line holds only spaces and tabs so far, so a tag there may stand alone.
    private var lineIsBlank = true
    /// A line starts at `position` and has no `.lineStart` node yet (added only if the line shows something).
    private var lineStartPending: Bool
    /// How `{{name}}` escapes from here on: changed by a pragma, until the end of the template.
    var output = Output.startingEscaping
    /// The nodes of the innermost open section (or of the template).
    var nodes: [Node] = []
    /// Sections opened and not yet closed, outermost first.
    var sections: [OpenSection] = []

    struct OpenSection {
        let name: String
        let path: Path
        let inverted: Bool
        let offset: Int
        /// The nodes around the section, restored when it closes.
        let outer: [Node]
    }

    init(_ source: String) {
        bytes = Array(source.utf8)
        lineStartPending = !bytes.isEmpty
    }

    mutating func parse() throws(TemplateError) -> [Node] {
        while let start = find(open, from: position) {
            let tag = try readTag(at: start)
            if let (indentStart, next) = standaloneLine(of: tag) {
                appendText(upTo: indentStart)
                lineStartPending = false
                try handle(tag, indentation: String(decoding: bytes[indentStart..<start], as: UTF8.self))
                position = next
                lineIsBlank = true
                lineStartPending = next < bytes.count
            } else {
                appendText(upTo: start)
                flushLineStart()
                try handle(tag, indentation: nil)
                position = tag.end
                lineIsBlank = false
            }
        }
        appendText(upTo: bytes.count)
        if let section = sections.last {
            throw error(at: section.offset, "section \"\(section.name)\" is never closed")
        }
        return nodes
    }

    /// For a tag alone on its line: where its line starts and where the next line starts.
    private func standaloneLine(of tag: Tag) -> (indentStart: Int, next: Int)? {
        guard tag.kind.mayStandAlone else { return nil }
        let before = bytes[position..<tag.start]
        let indentStart: Int
        if let newline = before.lastIndex(of: .newline) {
            indentStart = newline + 1
        } else if lineIsBlank {
            indentStart = position
        } else {
            return nil
        }
        guard bytes[indentStart..<tag.start].allSatisfy(\.isBlank) else { return nil }
        var end = tag.end
        while end < bytes.count, bytes[end].isBlank { end += 1 }
        if end == bytes.count { return (indentStart, end) }
        if bytes[end] == .newline { return (indentStart, end + 1) }
        if bytes[end] == .carriageReturn, end + 1 < bytes.count, bytes[end + 1] == .newline { return (indentStart, end + 2) }
        return nil
    }

    /// Appends the source from `position` to `end` as text. Lines inside one text node need no
    /// `.lineStart`: the renderer indents after each newline inside a text when it must.
    private mutating func appendText(upTo end: Int) {
        defer { position = end }
        guard position < end else { return }
        flushLineStart()
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        if case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(.text(text))
        }
        if bytes[end - 1] == .newline { lineStartPending = true }
    }

    private mutating func flushLineStart() {
        if lineStartPending {
            nodes.append(.lineStart)
            lineStartPending = false
        }
    }

    /// The first occurrence of `pattern` at or after `offset`.
    func find(_ pattern: [UInt8], from offset: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count - offset else { return nil }
        var index = offset
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The source between two offsets, without surrounding whitespace.
    func trimmedText(_ start: Int, _ end: Int) -> String {
        var start = start, end = end
        while start < end, bytes[start].isWhitespace { start += 1 }
        while end > start, bytes[end - 1].isWhitespace { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// An error located at the tag opening at `offset`.
    func error(at offset: Int, _ message: String) -> TemplateError {
        let (line, column) = location(of: offset)
        return TemplateError(line: line, column: column, message: message)
    }

    /// 1-based line and column (in characters, as an editor shows them) of a byte offset.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let lineStart = bytes[..<offset].lastIndex(of: .newline).map { $0 + 1 } ?? 0
        let line = bytes[..<offset].reduce(1) { $1 == .newline ? $0 + 1 : $0 }
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }
}

extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Space or tab: what may surround a standalone tag.
    var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }

    /// What a tag's content may be padded with.
    var isWhitespace: Bool { isBlank || self == .newline || self == .carriageReturn }
}
