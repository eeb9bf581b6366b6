/// A parsed piece of a template. Tags are resolved once, at parse time: rendering walks nodes
/// and never looks at the source again.
enum Node: Sendable {
    /// Text shown as it is, possibly several lines.
    case text(String)
    /// A line of the template starts here, outside a text: a partial included on a standalone
    /// line shows its indentation here and after each newline inside a text (the spec's
    /// "prepended to each line of the partial"), except after the template's last newline.
    case lineStart
    /// `{{name}}`, `{{{name}}}` or `{{& name}}`.
    case value(Path, Output)
    /// `{{#name}}…{{/name}}`.
    case section(Path, [Node])
    /// `{{^name}}…{{/name}}`.
    case inverted(Path, [Node])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag, nil for one inside a line.
    case partial(String, indentation: String?)
}

/// A name as written in a tag, split at parse time so lookups never split strings.
///
/// `a.b.c`: the first part is looked up through the context stack, each other only inside the
/// value found before it. `.` (the current context) has no parts.
struct Path: Sendable, Equatable {
    let parts: [String]

    static let current = Path(parts: [])
}

/// How a value tag shows its text.
enum Output: Sendable {
    /// `{{{name}}}` and `{{& name}}`.
    case raw
    /// `{{name}}` before any pragma: escaped as the template was started (HTML, or the
    /// escaping given for a maintainer's page).
    case startingEscaping
    /// `{{name}}` after a `{{% CONTENT_TYPE: NAME }}` pragma in the same template.
    case escaped(Escaping.Kind)
}
