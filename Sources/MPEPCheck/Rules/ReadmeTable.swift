import MPEPContent

/// The README's table of translation efforts is generated from the content; a pull request
/// that changes the content without rebuilding leaves it stale, and CI says so.
enum ReadmeTable {
    static func check(_ readme: ReadmeStatus) -> [Diagnostic] {
        guard !readme.isCurrent else { return [] }
        return [.error(readme.path, line: readme.markerLine,
                       "the table of translation efforts is out of date with the content; run `mpep build` and commit \(readme.path)")]
    }
}
