/// A template that cannot be parsed, located at the tag that makes it so.
///
/// Thrown once, when the template is loaded, never while rendering: a contributor reads
/// `layout.mustache: 12:3: section "models" is never closed` on a pull request and knows where to look.
public struct TemplateError: Error, Equatable, CustomStringConvertible {
    /// 1-based line of the offending tag's opening delimiter.
    public let line: Int
    /// 1-based column (in characters) of the offending tag's opening delimiter.
    public let column: Int
    /// What is wrong, e.g. `section "models" is never closed`.
    public let message: String

    public var description: String { "\(line):\(column): \(message)" }
}
