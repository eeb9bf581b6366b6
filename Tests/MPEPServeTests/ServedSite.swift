import Foundation
import MPEPServe
import TestSupport

/// A small site served by a real `PreviewServer` on a free loopback port for the time of one
/// test, with a file outside the site folder for the tests that try to reach it.
struct ServedSite {
    let folder = TemporaryDirectory("mpep-serve")
    let server: PreviewServer
    var root: URL { folder.url.appendingPathComponent("site") }

    /// The standard limits but a timeout of minutes, for the tests that are not about time: when
    /// the whole suite runs, other tests can hold this process's task threads for seconds, and a
    /// request must not time out because of them.
    static let patient = ServeLimits(timeout: .seconds(300))

    init(limits: ServeLimits = Self.patient, allowedHosts: [String] = []) throws {
        folder.write("site/index.html", "<html><body><p>home</p></body></html>")
        folder.write("site/fr/index.html", "<html><body><p>fr</p></body></html>")
        folder.write("site/languages/index.html", "<html><body><p>languages</p></body></html>")
        folder.write("site/data.json", "{\"a\": 1}")
        folder.write("outside/secret.txt", "outside the site")
        folder.write("outside/folder/index.html", "outside the site")
        server = try PreviewServer(root: folder.url.appendingPathComponent("site"), port: 0,
                                   allowedHosts: allowedHosts, limits: limits)
    }

    /// Runs `body` while the server serves, then cancels the server and waits until it has stopped.
    func serving(_ body: () async throws -> Void) async throws {
        let running = Task { try await server.run() }
        do {
            try await body()
        } catch {
            running.cancel()
            _ = await running.result
            throw error
        }
        running.cancel()
        try await running.value
    }

    func client() throws -> RawClient {
        try RawClient(port: server.port)
    }

    /// One request on a connection of its own, its head written out; the reply once the
    /// server has closed the connection.
    func request(_ target: String, method: String = "GET", host: String? = "127.0.0.1", headers: [String] = []) async throws
        -> RawClient.Reply {
        let lines = ["\(method) \(target) HTTP/1.1"] + (host.map { ["Host: \($0)"] } ?? []) + headers + ["Connection: close"]
        return try await client().exchange(Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8))
    }

    /// Waits, boundedly, until `condition` holds (server-side state the test cannot be told of).
    func until(_ condition: () -> Bool) async throws {
        for _ in 0..<6000 where !condition() {
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
