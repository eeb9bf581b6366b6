import Foundation
import MPEPServe
import Testing

/// Against the real server on loopback: what a client sends is bounded in size, time and number
/// of connections, and the server answers and closes instead of reading on. (How fast, and the
/// server's CPU afterwards, are measured by `scripts/serve-hostile`, not asserted here.)
@Suite("The preview refuses oversized requests at once and closes connections that stall", .timeLimit(.minutes(2)))
struct BoundedRequestTests {
    /// Heads over each limit: a 1 MB request line, a 1 MB header, 100 000 small headers.
    enum Oversized: CaseIterable, CustomTestStringConvertible {
        case requestLine, header, headerCount

        var bytes: [UInt8] {
            let megabyte = String(repeating: "a", count: 1 << 20)
            let host = "Host: 127.0.0.1\r\n"
            return switch self {
            case .requestLine: Array("GET /\(megabyte) HTTP/1.1\r\n\(host)\r\n".utf8)
            case .header: Array("GET / HTTP/1.1\r\n\(host)X-Big: \(megabyte)\r\n\r\n".utf8)
            case .headerCount: Array("GET / HTTP/1.1\r\n\(host)\(String(repeating: "X-A: b\r\n", count: 100_000))\r\n".utf8)
            }
        }

        var status: Int { self == .requestLine ? 414 : 431 }

        var testDescription: String {
            switch self {
            case .requestLine: "a 1 MB request line gets 414"
            case .header: "a 1 MB header gets 431"
            case .headerCount: "100 000 small headers get 431"
            }
        }
    }

    @Test("an oversized head is refused and its connection closed; the server goes on serving", arguments: Oversized.allCases)
    func oversized(_ request: Oversized) async throws {
        let site = try ServedSite()
        try await site.serving {
            let reply = try await site.client().exchange(request.bytes)
            #expect(reply.status == request.status)
            #expect(reply.closed)
            #expect(try await site.request("/").status == 200)
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

    /// Heads that never end: part of one and then silence, or header lines trickled every 100 ms
    /// (90 of them, 9 s of trickling against a 1 s timeout; fewer than the 100 headers allowed, so
    /// a server held up and reading them all at once still answers 408, not 431).
    enum Stall: CaseIterable, CustomTestStringConvertible {
        case silenceAfterPart, trickle

        var pieces: [[UInt8]] {
            switch self {
            case .silenceAfterPart: [Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".utf8)]
            case .trickle: [Array("GET / HTTP/1.1\r\n".utf8)] + Array(repeating: Array("X-Slow: 1\r\n".utf8), count: 90)
            }
        }

        var testDescription: String {
            self == .silenceAfterPart ? "part of a head, then silence" : "a header line every 100 ms"
        }
    }

    @Test("a head not complete within the timeout gets 408 and a closed connection, however its bytes come",
          arguments: Stall.allCases)
    func stalledHead(_ stall: Stall) async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .seconds(1)))
        try await site.serving {
            let reply = try await site.client().trickle(stall.pieces, every: .milliseconds(100), within: .seconds(90))
            #expect(reply.status == 408)
            #expect(reply.closed)
        }
    }

    @Test("the timeout also closes a kept-alive connection that goes quiet after a response")
    func idleAfterResponse() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .seconds(1)))
        try await site.serving {
            // The request must be answered within the timeout to be kept alive; on a machine busy
            // enough to delay it past that, it gets 408 instead, and is tried on a new connection.
            for _ in 0..<20 {
                let client = try site.client()
                let first = await client.exchange(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), oneResponse: true)
                guard first.status == 200 else { continue }
                let rest = await client.waitForClose()
                #expect(rest.closed)
                #expect(rest.bytes.isEmpty)
                return
            }
            Issue.record("20 requests in a row were not answered within the 1 s timeout")
        }
    }

    @Test("over the connection limit, one more connection gets 503; a freed slot serves again")
    func connectionLimit() async throws {
        let site = try ServedSite(limits: ServeLimits(timeout: .seconds(300), connections: 2))
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
