import Foundation
import MPEPServe
import Testing

/// Against the real server on loopback: what a client sends is bounded in size, time and number
/// of connections, and the server answers and closes instead of reading on. (How fast, and the
/// server's CPU afterwards, are measured by `scripts/serve-hostile`, not asserted here.)
@Suite("The preview refuses oversized requests at once and closes connections that stall", .timeLimit(.minutes(2)))
struct BoundedRequestTests {
    static let megabyte = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
    static let host = Array("Host: 127.0.0.1\r\n".utf8)

    @Test("a 1 MB request line gets 414 and a closed connection; the server goes on serving")
    func longRequestLine() async throws {
        let site = try ServedSite()
        try await site.serving {
            let reply = try await site.client().exchange(Array("GET /".utf8) + Self.megabyte + Array(" HTTP/1.1\r\n".utf8)
                                                         + Self.host + Array("\r\n".utf8))
            #expect(reply.status == 414)
            #expect(reply.closed)
            #expect(try await site.request("/").status == 200)
        }
    }

    @Test("a 1 MB header gets 431 and a closed connection")
    func largeHeader() async throws {
        let site = try ServedSite()
        try await site.serving {
            let reply = try await site.client().exchange(Array("GET / HTTP/1.1\r\n".utf8) + Self.host + Array("X-Big: ".utf8)
                                                         + Self.megabyte + Array("\r\n\r\n".utf8))
            #expect(reply.status == 431)
            #expect(reply.closed)
        }
    }

    @Test("100 000 small headers get 431 and a closed connection")
    func manyHeaders() async throws {
        let site = try ServedSite()
        try await site.serving {
            let headers = [UInt8]([[UInt8]](repeating: Array("X-A: b\r\n".utf8), count: 100_000).joined())
            let reply = try await site.client().exchange(Array("GET / HTTP/1.1\r\n".utf8) + Self.host + headers
                                                         + Array("\r\n".utf8))
            #expect(reply.status == 431)
            #expect(reply.closed)
        }
    }

    @Test("malformed request lines get 400 or 505 and a closed connection")
    func malformed() async throws {
        let site = try ServedSite()
        try await site.serving {
            for (line, status) in [("GET /", 400), ("GET  / HTTP/1.1", 400), ("GET http://evil.example/ HTTP/1.1", 400),
                                   ("G(T / HTTP/1.1", 400), ("GET / HTTP/2.0", 505), ("\u{1}GET / HTTP/1.1", 400)] {
                let reply = try await site.client().exchange(Array("\(line)\r\nHost: 127.0.0.1\r\n\r\n".utf8))
                #expect(reply.status == status, "\(line)")
                #expect(reply.closed, "\(line)")
            }
        }
    }

    @Test("a connection that sends nothing is closed after the timeout, without an answer")
    func silent() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .milliseconds(500)))
        try await site.serving {
            let reply = try await site.client().waitForClose()
            #expect(reply.closed)
            #expect(reply.bytes.isEmpty)
        }
    }

    @Test("a connection that stops in the middle of its headers gets 408 and is closed")
    func partialHead() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .milliseconds(500)))
        try await site.serving {
            let client = try site.client()
            let reply = await client.trickle([Array("GET / HTTP/1.1\r\n".utf8) + Self.host], every: .zero)
            #expect(reply.status == 408)
            #expect(reply.closed)
        }
    }

    @Test("headers trickled a line at a time do not extend the timeout: 408 and closed while lines still come")
    func trickledHeaders() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .seconds(1)))
        try await site.serving {
            // 600 lines, one every 100 ms: a minute of trickling if nothing stopped it.
            let lines = [Array("GET / HTTP/1.1\r\n".utf8)] + Array(repeating: Array("X-Slow: 1\r\n".utf8), count: 600)
            let reply = try await site.client().trickle(lines, every: .milliseconds(100), within: .seconds(90))
            #expect(reply.status == 408)
            #expect(reply.closed)
        }
    }

    @Test("the timeout also closes a kept-alive connection that goes quiet after a response")
    func idleAfterResponse() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .milliseconds(500)))
        try await site.serving {
            let client = try site.client()
            let first = await client.exchange(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), oneResponse: true)
            #expect(first.status == 200)
            let rest = await client.waitForClose()
            #expect(rest.closed)
            #expect(rest.bytes.isEmpty)
        }
    }

    @Test("over the connection limit, one more connection gets 503; a freed slot serves again")
    func connectionLimit() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .seconds(60), connections: 2))
        try await site.serving {
            let held = try [site.client(), site.client()]
            try await site.until { site.server.openConnections == 2 }
            #expect(site.server.openConnections == 2)
            let refused = try await site.request("/")
            #expect(refused.status == 503)
            #expect(refused.closed)

            held[0].disconnect()
            try await site.until { site.server.openConnections == 1 }
            #expect(try await site.request("/").status == 200)
        }
    }

    @Test("one connection carries several requests, answered in order (keep-alive and pipelining)")
    func keepAlive() async throws {
        let site = try ServedSite()
        try await site.serving {
            let both = "GET /fr/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /data.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            let reply = try await site.client().exchange(Array(both.utf8))
            #expect(reply.status == 200)
            #expect(reply.text.contains("<p>fr</p>"))
            #expect(reply.text.hasSuffix("{\"a\": 1}"))
            #expect(reply.text.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
            #expect(reply.closed)
        }
    }
}
