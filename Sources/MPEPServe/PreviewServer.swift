import FlyingFox
import Foundation

/// The local preview: serves a built site folder over HTTP on a loopback address, with live
/// reload. A real HTTP server (FlyingFox) so the pages behave as on the published site: clean
/// URLs, content types, fetches of the JSON files.
///
///     let server = try PreviewServer(root: site, port: 8000)
///     Task { try await server.run() }
///     try await server.waitUntilListening()
///     print("http://127.0.0.1:\(await server.port ?? 0)/")
public final class PreviewServer: Sendable {
    public let root: URL
    public let host: String
    public let version = SiteVersion()
    private let server: HTTPServer

    /// `port` 0 asks the system for a free one (tests); `host` is 127.0.0.1 unless the caller
    /// deliberately exposes the preview.
    public init(root: URL, host: String = "127.0.0.1", port: UInt16 = 8000) throws {
        self.root = root
        self.host = host
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let version = version
        let handler = ClosureHTTPHandler { request in
            if request.target.path(percentEncoded: false) == LiveReload.versionPath {
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", HTTPHeader("Cache-Control"): "no-store"],
                                    body: Data(String(version.current).utf8))
            }
            guard request.method == .GET || request.method == .HEAD else {
                return HTTPResponse(statusCode: .methodNotAllowed)
            }
            return Self.respond(to: request.target.path(percentEncoded: true), root: root)
        }
        server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
    }

    /// Serves until the task is cancelled.
    public func run() async throws {
        try await server.run()
    }

    public func waitUntilListening(timeout: TimeInterval = 5) async throws {
        try await server.waitUntilListening(timeout: timeout)
    }

    public func stop() async {
        await server.stop()
    }

    /// The port actually bound (the system's choice when 0 was asked).
    public var port: UInt16? {
        get async {
            if case .ip4(_, let port) = await server.listeningAddress { return port }
            return nil
        }
    }

    static func respond(to path: String, root: URL) -> HTTPResponse {
        switch SiteFiles.resolve(path, in: root) {
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else { return notFound(root) }
            let type = SiteFiles.contentType(url.lastPathComponent)
            let body = type.hasPrefix("text/html") ? LiveReload.inject(into: data) : data
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store"],
                                body: body)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location])
        case .forbidden:
            return HTTPResponse(statusCode: .forbidden, body: Data("403 outside the site folder\n".utf8))
        case .notFound:
            return notFound(root)
        }
    }

    /// The site's own 404 page when it has one.
    static func notFound(_ root: URL) -> HTTPResponse {
        if let page = FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path) {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                                body: LiveReload.inject(into: page))
        }
        return HTTPResponse(statusCode: .notFound, body: Data("404 not found\n".utf8))
    }

    /// Polls `watcher` every `interval`; after a change runs `rebuild` and bumps the version the
    /// pages poll. Returns when the task is cancelled.
    public func watch(_ watcher: ChangeWatcher, every interval: Duration = .milliseconds(500),
                      rebuild: @Sendable () async -> Void) async {
        var watcher = watcher
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            if watcher.changed() {
                await rebuild()
                version.bump()
            }
        }
    }
}
