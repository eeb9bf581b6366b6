import MPEPContent

/// Why an import, export or scaffold refused to change anything.
///
/// It carries ``Diagnostic``s, the same located problems `mpep check` prints
/// (`path:line: error: message`), so a maintainer sees which file and record stopped it.
/// Nothing is written when an error is thrown: every change is planned first, then applied.
public struct InteropError: Error, Sendable, CustomStringConvertible {
    public var problems: [Diagnostic]

    public init(_ problems: [Diagnostic]) {
        self.problems = problems
    }

    public init(_ path: String, line: Int? = nil, _ message: String) {
        problems = [.error(path, line: line, message)]
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
