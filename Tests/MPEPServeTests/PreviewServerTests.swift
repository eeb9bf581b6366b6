import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MPEPServe
import Testing
import TestSupport

@Suite("The preview server serves the site on loopback and reloads after a change")
struct PreviewServerTests {
    @Test("fetch a page, change a watched file, see the version change; stops by itself", .timeLimit(.minutes(1)))
    func liveReload() async throws {
        let dir = TemporaryDirectory("mpep-serve")
        dir.write("site/index.html", "<html><body><p>first build</p></body></html>")
        dir.write("site/fr/index.html", "<html><body><p>fr</p></body></html>")
        let input = dir.write("content/site.yml", "title: A\n")
        let site = dir.url.appendingPathComponent("site")

        let server = try PreviewServer(root: site, port: 0, limits: ServedSite.patient)
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        let base = "http://127.0.0.1:\(server.port)"

        let page = try await fetch("\(base)/fr/")
        #expect(page.status == 200)
        #expect(page.text.contains("<p>fr</p>"))
        #expect(page.text.contains(LiveReload.versionPath))
        #expect(try await fetch("\(base)/%2e%2e/content/site.yml").status == 404)
        #expect(try await fetch("\(base)/missing/").status == 404)
        let before = try await fetch("\(base)\(LiveReload.versionPath)").text

        // The rebuild the command would run: here it writes the new page directly.
        let watcher = ChangeWatcher(folders: [dir.url.appendingPathComponent("content")])
        let watching = Task {
            await server.watch(watcher, every: .milliseconds(100)) {
                try? Data("<html><body><p>second build</p></body></html>".utf8)
                    .write(to: site.appendingPathComponent("index.html"))
            }
        }
        defer { watching.cancel() }
        try Data("title: B, longer\n".utf8).write(to: input)

        var after = before
        for _ in 0..<600 where after == before {
            try await Task.sleep(for: .milliseconds(100))
            after = try await fetch("\(base)\(LiveReload.versionPath)").text
        }
        #expect(after != before)
        #expect(try await fetch("\(base)/").text.contains("second build"))
        // The file on disk has no script: only served pages get it.
        #expect(!(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8))
            .contains(LiveReload.versionPath))
        watching.cancel()
        serving.cancel()
        try await serving.value
    }

    func fetch(_ address: String) async throws -> (status: Int, text: String) {
        var request = URLRequest(url: try #require(URL(string: address)))
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
