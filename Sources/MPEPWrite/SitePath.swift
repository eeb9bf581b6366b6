/// A path inside the site folder, checked before anything touches the disk.
struct SitePath: Hashable, Sendable {
    let components: [String]
    var text: String { components.joined(separator: "/") }

    /// Refuses what could reach outside the folder or mean two things on two systems:
    /// absolute paths, `..` and `.`, empty components (`a//b`, `a/`), backslashes, NUL.
    init(_ relativePath: String) throws(WriteError) {
        func refuse(_ why: String) -> WriteError {
            WriteError(.pathEscapes, path: relativePath, "not a path inside the site: \(why)")
        }
        guard !relativePath.isEmpty else { throw refuse("empty") }
        guard !relativePath.utf8.contains(0) else { throw refuse("contains NUL") }
        guard !relativePath.hasPrefix("/") else { throw refuse("absolute") }
        guard !relativePath.contains("\\") else { throw refuse("contains a backslash") }
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in parts {
            if part.isEmpty { throw refuse("empty component") }
            if part == ".." || part == "." { throw refuse("'\(part)' component") }
        }
        components = parts
    }
}
