import MPEPContent

/// The README's table of translation efforts is generated from the content; a pull request
/// that changes the content without rebuilding leaves it stale, and CI says so.
///
/// `mpep build` refuses content with errors, so when there are others the advice is to fix
/// them first: "run `mpep build`" alone would send the contributor into a refusal.
enum ReadmeTable {
    static func check(_ readme: ReadmeStatus, afterErrors: Bool = false) -> [Diagnostic] {
        guard !readme.isCurrent else { return [] }
        let fix = afterErrors ? "fix the errors above, then run `mpep build`" : "run `mpep build`"
        return [.error(readme.path, line: readme.markerLine,
                       "the table of translation efforts is out of date with the content; \(fix) and commit \(readme.path)")]
    }
}
