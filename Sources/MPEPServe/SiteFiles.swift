import Foundation

/// How a request path maps to a file of the built site: clean URLs (`/fr/` → `/fr/index.html`),
/// and nothing but the site's own visible files, whatever the path says. Everything else (a
/// climb out with `..` in any encoding, a backslash or NUL, a hidden file or folder, a symbolic
/// link whose target is outside the folder, a missing file) is `.notFound`: one answer, so a
/// response never tells what exists outside the site.
public enum SiteFiles {
    public enum Resolution: Equatable, Sendable {
        /// The file to send, by its real path.
        case file(URL)
        /// A folder asked for without its slash: the browser must come back with one, or the
        /// page's relative links would resolve against the parent. Always a path on the same
        /// origin: one `/`, then the path's segments percent-encoded (so `//x` is sent to `/x/`,
        /// never to the host `x`).
        case redirect(String)
        case notFound
    }

    public static func resolve(_ requestPath: String, in root: URL) -> Resolution {
        let path = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else {
            return .notFound
        }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // A segment starting with a dot is `.`, `..` or a hidden file: none is part of a site.
        guard !parts.contains(where: { $0.hasPrefix(".") }), let base = realPath(root.path),
              let real = realPath(([base] + parts).joined(separator: "/")), isInside(real, base) else {
            return .notFound
        }
        if isDirectory(real) {
            guard decoded.hasSuffix("/") else { return .redirect(location(parts)) }
            guard let index = realPath(real + "/index.html"), isInside(index, base), isRegularFile(index) else {
                return .notFound
            }
            return .file(URL(fileURLWithPath: index))
        }
        return isRegularFile(real) ? .file(URL(fileURLWithPath: real)) : .notFound
    }

    /// The same-origin path of a folder: `/` + segments + `/`, each segment percent-encoded but
    /// for RFC 3986's path characters, so no `/`, `\`, CR or LF of a name reaches the header.
    static func location(_ parts: [String]) -> String {
        "/" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? "" }
            .map { $0 + "/" }.joined()
    }

    private static let segmentCharacters = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a real path is the site folder or inside it, and not hidden within it (a link in
    /// the site pointing at one of its dotfiles).
    static func isInside(_ real: String, _ base: String) -> Bool {
        if real == base { return true }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard real.hasPrefix(prefix) else { return false }
        return !real.dropFirst(prefix.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// Regular files only: a FIFO or device in the folder would block or never end.
    static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }

    /// The Content-Type for a file name, for the kinds of files the site holds.
    public static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
