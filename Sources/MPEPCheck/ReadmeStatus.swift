/// Whether the README's table of translation efforts matches the content.
///
/// The render stage knows what the table should be and the command reads the README; the check
/// only turns a stale table into a located error, so CI fails until someone runs `mpep build`.
public struct ReadmeStatus: Sendable, Hashable {
    /// The README as named in messages, e.g. `README.md`.
    public var path: String
    public var isCurrent: Bool
    /// The line of the `<!-- efforts:start -->` marker, where the error points.
    public var markerLine: Int?

    public init(path: String, isCurrent: Bool, markerLine: Int? = nil) {
        self.path = path
        self.isCurrent = isCurrent
        self.markerLine = markerLine
    }

    /// The marker that opens the generated table.
    public static let startMarker = "<!-- efforts:start -->"

    /// The 1-based line of the first line of `text` that is `marker` (surrounding spaces
    /// allowed), or nil when there is none.
    public static func line(of marker: String = startMarker, in text: String) -> Int? {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.trimmingSpaces == marker { return number }
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
