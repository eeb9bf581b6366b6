/// A tag as read from the source, before it becomes nodes.
struct Tag {
    enum Kind {
        case value(escaped: Bool), section, inverted, close, partial, comment, delimiters, pragma

        /// Every tag but a value may stand alone on its line, which then disappears.
        var mayStandAlone: Bool {
            if case .value = self { return false }
            return true
        }
    }

    let kind: Kind
    /// What is between the sigil and the closing delimiter, trimmed.
    let content: String
    /// Offset of the opening delimiter.
    let start: Int
    /// Offset just after the closing delimiter.
    let end: Int
}

extension Parser {
    /// Reads the tag whose opening delimiter is at `start`.
    func readTag(at start: Int) throws(TemplateError) -> Tag {
        let sigilOffset = start + open.count
        var closer = close
        var kind = Tag.Kind.value(escaped: true)
        switch byte(at: sigilOffset) {
        case UInt8(ascii: "{"): kind = .value(escaped: false); closer = Array("}".utf8) + close
        case UInt8(ascii: "&"): kind = .value(escaped: false)
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "%"): kind = .pragma
        case UInt8(ascii: "="): kind = .delimiters; closer = Array("=".utf8) + close
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw error(at: start, "template inheritance (\"\(text(open))<\" and \"\(text(open))$\" tags) is not supported")
        default: break
        }
        let contentStart = kind.isEscapedValue ? sigilOffset : sigilOffset + 1
        guard let contentEnd = find(closer, from: contentStart) else {
            throw error(at: start, "tag is never closed (no \"\(text(closer))\" after \"\(text(open))\")")
        }
        return Tag(kind: kind, content: trimmedText(contentStart, contentEnd), start: start, end: contentEnd + closer.count)
    }

    /// Adds what `tag` means to the nodes; `indentation` is the whitespace before a standalone tag.
    mutating func handle(_ tag: Tag, indentation: String?) throws(TemplateError) {
        switch tag.kind {
        case .value(let escaped):
            nodes.append(.value(try path(of: tag), escaped ? output : .raw))
        case .section, .inverted:
            let path = try path(of: tag)
            sections.append(OpenSection(name: tag.content, path: path, inverted: tag.kind.isInverted,
                                        offset: tag.start, outer: nodes))
            nodes = []
        case .close:
            guard !tag.content.isEmpty else { throw error(at: tag.start, "closing tag has an empty name") }
            guard let section = sections.popLast() else {
                throw error(at: tag.start, "closing tag \"\(tag.content)\" has no open section")
            }
            guard section.name == tag.content else {
                let opened = location(of: section.offset)
                throw error(at: tag.start, "section \"\(section.name)\" (opened at \(opened.line):\(opened.column)) is closed by \"\(tag.content)\"")
            }
            let children = nodes
            nodes = section.outer
            nodes.append(section.inverted ? .inverted(section.path, children) : .section(section.path, children))
        case .partial:
            if tag.content.hasPrefix("*") {
                throw error(at: tag.start, "dynamic partial names (\"\(text(open))>*name\(text(close))\") are not supported")
            }
            try checkName(of: tag)
            nodes.append(.partial(tag.content, indentation: indentation))
        case .comment:
            break
        case .delimiters:
            try changeDelimiters(tag)
        case .pragma:
            try applyPragma(tag)
        }
    }

    /// `.` or a dotted name, split once here.
    private func path(of tag: Tag) throws(TemplateError) -> Path {
        try checkName(of: tag)
        if tag.content == "." { return .current }
        let parts = tag.content.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw error(at: tag.start, "invalid name \"\(tag.content)\"") }
        return Path(parts: parts)
    }

    private func checkName(of tag: Tag) throws(TemplateError) {
        guard !tag.content.isEmpty else { throw error(at: tag.start, "tag has an empty name") }
        guard !tag.content.utf8.contains(where: \.isWhitespace) else {
            throw error(at: tag.start, "invalid name \"\(tag.content)\"")
        }
    }

    /// `{{=<% %>=}}`: two delimiters, separated by whitespace, without `=`.
    private mutating func changeDelimiters(_ tag: Tag) throws(TemplateError) {
        let parts = tag.content.utf8.split(whereSeparator: \.isWhitespace).map(Array.init)
        guard parts.count == 2, !parts.joined().contains(UInt8(ascii: "=")) else {
            throw error(at: tag.start, "bad delimiter change \"\(tag.content)\": expected two delimiters separated by a space, as in {{=<% %>=}}")
        }
        open = parts[0]
        close = parts[1]
    }

    /// `{{% CONTENT_TYPE: MARKDOWN }}`: the only pragma, for how the rest of the template escapes.
    private mutating func applyPragma(_ tag: Tag) throws(TemplateError) {
        let parts = tag.content.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0].trimmingBlanks == "CONTENT_TYPE" else {
            throw error(at: tag.start, "unknown pragma \"\(tag.content)\" (only CONTENT_TYPE is supported)")
        }
        let name = String(parts[1].trimmingBlanks)
        guard let escaping = Escaping.all.first(where: { $0.name == name }) else {
            let known = Escaping.all.map(\.name).joined(separator: " or ")
            throw error(at: tag.start, "unknown content type \"\(name)\" (expected \(known))")
        }
        output = .escaped(escaping.kind)
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

extension Tag.Kind {
    var isInverted: Bool {
        if case .inverted = self { return true }
        return false
    }

    /// `{{name}}` has no sigil: its content starts right after the delimiter.
    var isEscapedValue: Bool {
        if case .value(escaped: true) = self { return true }
        return false
    }
}

extension Substring {
    var trimmingBlanks: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return self[first...last]
    }
}
