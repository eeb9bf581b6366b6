import Foundation

/// How a request path maps to a file of the built site: clean URLs (`/fr/` → `/fr/index.html`),
/// and nothing outside the site folder, whatever the path says (`..`, encoded slashes, NUL,
/// symbolic links pointing out).
public enum SiteFiles {
    public enum Resolution: Equatable, Sendable {
        case file(URL)
        /// A folder asked for without its slash: the browser must come back with one, or the
        /// page's relative links would resolve against the parent.
        case redirect(String)
        case notFound
        case forbidden
    }

    public static func resolve(_ requestPath: String, in root: URL) -> Resolution {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else {
            return .forbidden
        }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        let base = root.resolvingSymlinksInPath().standardizedFileURL
        var url = parts.reduce(base) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            if !decoded.hasSuffix("/") { return .redirect(decoded + "/") }
            url.appendPathComponent("index.html")
        }
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard real == base.path || real.hasPrefix(base.path + "/") else { return .forbidden }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .notFound
        }
        return .file(URL(fileURLWithPath: real))
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
