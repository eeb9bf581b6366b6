import Foundation

/// What the preview answers to one request, apart from the connection it came on. In order:
/// the `Host` must name this machine (`HostRule`; 403 otherwise, the live-reload poll
/// included), the method must be GET or HEAD (405 with `Allow` otherwise), then the live-reload
/// version or a file of the site (`SiteFiles`; 404 for everything else).
struct PreviewResponder: Sendable {
    let root: URL
    let version: SiteVersion
    let hosts: HostRule

    /// Headers on every answer: a preview is never cached (it changes with each rebuild), and a
    /// file is never sniffed into another type than the one its name gives.
    static let common: [(name: String, value: String)] = [("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")]

    func respond(to head: RequestHead, localAddress: String?) -> Response {
        var response = answer(head, localAddress: localAddress)
        response.headers += Self.common
        return response
    }

    private func answer(_ head: RequestHead, localAddress: String?) -> Response {
        let host = head.values("host")
        guard host.count == 1 else { return .text(.badRequest, "a request must name its host in one Host header") }
        guard hosts.allows(host[0], localAddress: localAddress) else {
            return .text(.forbidden, "this preview answers requests for localhost, 127.0.0.1, [::1], its own address "
                         + "and the names given with `mpep serve --allowed-host`")
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            return .text(.methodNotAllowed, "the preview only reads", headers: [("Allow", "GET, HEAD")])
        }
        let path = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        if path == LiveReload.versionPath {
            return Response(.ok, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(String(version.current).utf8))
        }
        switch SiteFiles.resolve(head.target, in: root) {
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else { return notFound() }
            let type = SiteFiles.contentType(url.lastPathComponent)
            return Response(.ok, headers: [("Content-Type", type)],
                            body: type.hasPrefix("text/html") ? LiveReload.inject(into: data) : data)
        case .redirect(let location):
            return Response(.movedPermanently, headers: [("Location", location)], body: Data())
        case .notFound:
            return notFound()
        }
    }

    /// The site's own 404 page when it has one (found the way any page is), or a line of text.
    private func notFound() -> Response {
        if case .file(let url) = SiteFiles.resolve("/404.html", in: root), let page = FileManager.default.contents(atPath: url.path) {
            return Response(.notFound, headers: [("Content-Type", "text/html; charset=utf-8")], body: LiveReload.inject(into: page))
        }
        return .text(.notFound, "no such page in the site")
    }
}
