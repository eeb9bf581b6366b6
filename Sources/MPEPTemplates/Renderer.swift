/// Walks a template's nodes over a context stack, appending to one output string.
///
/// A lookup is a dictionary access per context and a `switch`; nothing is allocated per tag.
struct Renderer {
    /// Partials nested deeper than this render nothing, so a partial that includes itself
    /// without end cannot exhaust the stack.
    static let maxPartialDepth = 64

    /// What holds for the whole of one template's nodes, sections included.
    struct Scope {
        /// For `{{value}}` before any pragma.
        let escaping: Escaping.Kind
        /// Shown at each line start: the indentation of a standalone partial tag, nested ones added.
        let indentation: String
    }

    private let library: TemplateLibrary
    /// Innermost context last.
    private var stack: [TemplateValue]
    private(set) var output = ""
    private var partialDepth = 0

    init(library: TemplateLibrary, context: TemplateValue) {
        self.library = library
        stack = [context]
        stack.reserveCapacity(16)
    }

    mutating func render(_ nodes: [Node], _ scope: Scope) {
        for node in nodes {
            switch node {
            case .text(let text):
                if scope.indentation.isEmpty {
                    output.append(text)
                } else {
                    appendIndented(text, scope.indentation)
                }
            case .lineStart:
                if !scope.indentation.isEmpty { output.append(scope.indentation) }
            case .value(let path, let how):
                show(lookup(path), how, scope)
            case .section(let path, let children):
                switch lookup(path) {
                case nil, .bool(false)?:
                    break
                case .bool(true)?:
                    render(children, scope)
                case .list(let elements)?:
                    for element in elements { render(children, scope, in: element) }
                case let value?:
                    render(children, scope, in: value)
                }
            case .inverted(let path, let children):
                if !Self.isTruthy(lookup(path)) { render(children, scope) }
            case .partial(let name, let indentation):
                guard partialDepth < Self.maxPartialDepth, let partial = library.template(named: name) else { break }
                partialDepth += 1
                let inner = indentation.map { scope.indentation + $0 } ?? ""
                render(partial.nodes, Scope(escaping: .html, indentation: inner))
                partialDepth -= 1
            }
        }
    }

    private mutating func render(_ nodes: [Node], _ scope: Scope, in context: TemplateValue) {
        stack.append(context)
        render(nodes, scope)
        stack.removeLast()
    }

    /// A text of an indented partial: the indentation follows each newline but a final one
    /// (the next line, if any, starts with a `.lineStart`).
    private mutating func appendIndented(_ text: String, _ indentation: String) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let newline = utf8[start...].firstIndex(of: .newline) {
            let next = utf8.index(after: newline)
            output.append(contentsOf: Substring(utf8[start..<next]))
            if next == utf8.endIndex { return }
            output.append(indentation)
            start = next
        }
        output.append(contentsOf: Substring(utf8[start...]))
    }

    private mutating func show(_ value: TemplateValue?, _ how: Output, _ scope: Scope) {
        switch value {
        case .text(let text)?:
            switch how {
            case .raw: output.append(text)
            case .startingEscaping: scope.escaping.append(text, to: &output)
            case .escaped(let kind): kind.append(text, to: &output)
            }
        case .bool(let flag)?:
            output.append(flag ? "true" : "false")
        case .list?, .object?, nil:
            break
        }
    }

    /// A section shows for `true`, a non-empty list, a text (even empty) and an object.
    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil: false
        case .bool(let flag)?: flag
        case .list(let elements)?: !elements.isEmpty
        case .text?, .object?: true
        }
    }

    /// The first part of a name is looked up from the innermost context out, the others only
    /// inside the value found: `{{a.b}}` is nothing when the nearest `a` has no `b`, even if an
    /// outer `a` has one (as the spec says).
    private func lookup(_ path: Path) -> TemplateValue? {
        let parts = path.parts
        guard !parts.isEmpty else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let fields) = stack[index], var value = fields[parts[0]] {
                for part in 1..<parts.count {
                    guard case .object(let inner) = value, let next = inner[parts[part]] else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }
}
