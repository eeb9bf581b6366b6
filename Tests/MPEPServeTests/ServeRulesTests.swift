import Foundation
import MPEPServe
import Testing

/// Against the real server on loopback: which requests are answered with what. Only the site's
/// visible files are served, redirects stay on the same origin, requests must name this machine,
/// and only GET and HEAD are answered.
@Suite("The preview answers only its own site, only to this machine's names, only to GET and HEAD", .timeLimit(.minutes(2)))
struct ServeRulesTests {
    @Test("a folder without its slash redirects to a path on the same origin, never to `//host`")
    func sameOriginRedirects() async throws {
        let site = try ServedSite()
        try await site.serving {
            #expect(try await site.request("/fr").header("Location") == "/fr/")
            for target in ["//languages", "///languages", "//fr", "/%2F%2Flanguages", "/%2f/languages", "//languages?x=1",
                           "/%5Clanguages", "/\\languages", "/\\/languages", "//%2e/languages", "/%2F%5Cfr"] {
                let reply = try await site.request(target)
                let location = reply.header("Location")
                #expect(reply.status == 301 || reply.status == 404, "\(target)")
                #expect(location == nil || location == "/languages/" || location == "/fr/", "\(target) → \(location ?? "")")
            }
        }
    }

    @Test("a folder name with line breaks or slashes reaches Location percent-encoded")
    func encodedLocation() async throws {
        let site = try ServedSite()
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("a b\r\nSet-Cookie: x"),
                                                withIntermediateDirectories: true)
        try await site.serving {
            let reply = try await site.request("/a%20b%0D%0ASet-Cookie:%20x")
            #expect(reply.status == 301)
            #expect(reply.header("Location") == "/a%20b%0D%0ASet-Cookie:%20x/")
            #expect(reply.header("Set-Cookie") == nil)
        }
    }

    @Test("dotfiles, links leading out of the folder and every climb out answer exactly as a missing file")
    func nothingOutsideTheSite() async throws {
        let site = try ServedSite()
        let outside = site.folder.url.appendingPathComponent("outside")
        site.folder.write("site/.hidden.txt", "hidden")
        site.folder.write("site/.git/config", "hidden")
        site.folder.write("site/fr/.env", "hidden")
        let links: [(String, URL)] = [
            ("link.txt", outside.appendingPathComponent("secret.txt")),           // a file outside
            ("gone.txt", outside.appendingPathComponent("missing.txt")),          // nothing outside
            ("folder", outside.appendingPathComponent("folder")),                 // a folder outside
            ("hidden-link.txt", site.root.appendingPathComponent(".hidden.txt")), // a dotfile inside
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent(name), withDestinationURL: target)
        }
        try await site.serving {
            let missing = try await site.request("/missing.txt")
            #expect(missing.status == 404)
            for target in ["/.hidden.txt", "/.git/config", "/.git/", "/.git", "/fr/.env", "/%2Ehidden.txt",
                           "/link.txt", "/gone.txt", "/folder", "/folder/", "/folder/index.html", "/hidden-link.txt",
                           "/../outside/secret.txt", "/%2e%2e/outside/secret.txt", "/fr/..%2f..%2foutside/secret.txt",
                           "/./index.html", "/a%00b", "/%c0%ae%c0%ae/outside/secret.txt", "/..%5Coutside%5Csecret.txt"] {
                let reply = try await site.request(target)
                #expect(reply.status == 404, "\(target)")
                #expect(reply.body == missing.body, "\(target)")
                #expect(reply.header("Location") == nil, "\(target)")
            }
            #expect(try await site.request("/").body.contains("<p>home</p>"))
        }
    }

    @Test("a request naming another host is refused with 403, the live-reload poll included")
    func foreignHost() async throws {
        let site = try ServedSite()
        try await site.serving {
            for target in ["/", "/fr/", LiveReload.versionPath] {
                let reply = try await site.request(target, host: "evil.example")
                #expect(reply.status == 403, "\(target)")
                #expect(!reply.body.contains("<p>"), "\(target)")
            }
            for host in ["evil.example:\(site.server.port)", "127.0.0.1.evil.example", "localhost.evil.example",
                         "[::2]", "127.0.0.2", "", "localhost:", "localhost:http"] {
                #expect(try await site.request("/", host: host).status == 403, "\(host)")
            }
            #expect(try await site.request("/", host: nil).status == 400)
            #expect(try await site.request("/", headers: ["Host: 127.0.0.1"]).status == 400)
        }
    }

    @Test("localhost, 127.0.0.1 and [::1] are answered with or without a port")
    func ownHosts() async throws {
        let site = try ServedSite()
        try await site.serving {
            let port = site.server.port
            for host in ["localhost", "LocalHost:\(port)", "127.0.0.1", "127.0.0.1:\(port)", "[::1]", "[::1]:\(port)"] {
                let page = try await site.request("/", host: host)
                let poll = try await site.request(LiveReload.versionPath, host: host)
                #expect(page.status == 200, "\(host)")
                #expect(poll.status == 200, "\(host)")
            }
        }
    }

    @Test("--allowed-host names are answered too, and only they")
    func allowedHosts() async throws {
        let site = try ServedSite(allowedHosts: ["preview.lan", "[fe80::1]"])
        try await site.serving {
            for (host, status) in [("preview.lan", 200), ("PREVIEW.lan:8000", 200), ("[fe80::1]:8000", 200), ("other.lan", 403)] {
                let reply = try await site.request("/", host: host)
                #expect(reply.status == status, "\(host)")
            }
        }
    }

    @Test("methods other than GET and HEAD get 405 with Allow: GET, HEAD")
    func methods() async throws {
        let site = try ServedSite()
        try await site.serving {
            for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"] {
                let reply = try await site.request("/", method: method)
                #expect(reply.status == 405, "\(method)")
                #expect(reply.header("Allow") == "GET, HEAD", "\(method)")
            }
            // A body is never read: the answer comes, then the connection is closed.
            let post = try await site.client().exchange(Array("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello".utf8))
            #expect(post.status == 405)
            #expect(post.closed)
        }
    }

    @Test("HEAD gets GET's headers and no body")
    func head() async throws {
        let site = try ServedSite()
        try await site.serving {
            let get = try await site.request("/data.json")
            let head = try await site.request("/data.json", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == get.header("Content-Length"))
            #expect(head.header("Content-Type") == "application/json")
            #expect(head.body.isEmpty)
            #expect(get.body == "{\"a\": 1}")
        }
    }
}
