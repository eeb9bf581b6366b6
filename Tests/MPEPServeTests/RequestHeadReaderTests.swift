@testable import MPEPServe
import Testing

@Suite("Request heads are read under the limits, chunk by chunk")
struct RequestHeadReaderTests {
    let limits = ServeLimits(requestLineBytes: 64, headerBytes: 64, headerCount: 3)

    func read(_ text: String, chunks size: Int = .max) -> [RequestHeadReader.Outcome] {
        var reader = RequestHeadReader(limits: limits)
        let bytes = Array(text.utf8)
        var outcomes: [RequestHeadReader.Outcome] = []
        var start = 0
        while start < bytes.count {
            let end = start + min(size, bytes.count - start)
            var outcome = reader.read(bytes[start..<end])
            while case .head = outcome {
                outcomes.append(outcome)
                outcome = reader.read(EmptyCollection())
            }
            if outcome != .incomplete { return outcomes + [outcome] }
            start = end
        }
        return outcomes
    }

    @Test("a head is read whole whatever the chunks, byte by byte included")
    func chunks() {
        let text = "GET /fr/?x=1 HTTP/1.1\r\nHost: localhost:8000\r\nAccept:  text/html \r\n\r\n"
        let expected = RequestHead(method: "GET", target: "/fr/?x=1", version: "HTTP/1.1",
                                   headers: [.init(name: "host", value: "localhost:8000"), .init(name: "accept", value: "text/html")])
        for size in [1, 2, 7, 1000] {
            #expect(read(text, chunks: size) == [.head(expected)], "chunks of \(size)")
        }
    }

    @Test("two pipelined heads come out one after the other; empty lines before a head are skipped")
    func pipelined() {
        let outcomes = read("\r\nGET /a HTTP/1.1\r\nHost: h\r\n\r\nHEAD /b HTTP/1.0\nHost: h\n\n", chunks: 5)
        #expect(outcomes.count == 2)
        guard case .head(let first) = outcomes.first, case .head(let second) = outcomes.last else { return }
        #expect(first.target == "/a" && first.keepsAlive)
        #expect(second.method == "HEAD" && second.target == "/b" && !second.keepsAlive)
    }

    @Test("a request line at the limit is read; one byte over is 414 before its end arrives")
    func requestLineLimit() {
        let atLimit = "GET /" + String(repeating: "a", count: 64 - 15) + " HTTP/1.1\r"   // 64 bytes before the line feed
        #expect(read(atLimit + "\nHost: h\r\n\r\n").count == 1)
        #expect(read("GET /" + String(repeating: "a", count: 64 - 14) + " HTTP/1.1\r\n") == [.refused(.uriTooLong)])
        #expect(read("GET /" + String(repeating: "a", count: 100), chunks: 10) == [.refused(.uriTooLong)])
    }

    @Test("header lines over the byte or count limit are 431, as soon as they arrive")
    func headerLimits() {
        #expect(read("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 100), chunks: 8) == [.refused(.headersTooLarge)])
        #expect(read("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n").count == 1)
        #expect(read("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n") == [.refused(.headersTooLarge)])
    }

    @Test("malformed lines are 400; other HTTP versions 505")
    func malformed() {
        for text in ["GET\r\n", "GET / HTTP/1.1 x\r\n", "GET * HTTP/1.1\r\n", "GET /é HTTP/1.1\r\n", "GET / HTTP/1.1\r\nNo colon\r\n",
                     "GET / HTTP/1.1\r\nBad name: x\r\n", "GET / HTTP/1.1\r\nX: 1\r\n folded\r\n", "GET / HTTP/1.1\r\nX: a\u{0}b\r\n",
                     "GET / FTP/1.10\r\n"] {
            #expect(read(text) == [.refused(.badRequest)], "\(text)")
        }
        #expect(read("GET / HTTP/2.0\r\n") == [.refused(.versionNotSupported)])
    }

    @Test("a body announced by Content-Length or Transfer-Encoding is noticed; Connection: close ends keep-alive")
    func bodiesAndClosing() {
        let head = { (headers: [RequestHead.Header]) in
            RequestHead(method: "POST", target: "/", version: "HTTP/1.1", headers: headers)
        }
        #expect(head([.init(name: "content-length", value: "5")]).announcesBody)
        #expect(head([.init(name: "transfer-encoding", value: "chunked")]).announcesBody)
        #expect(!head([.init(name: "content-length", value: "0")]).announcesBody)
        #expect(!head([.init(name: "connection", value: "keep-alive, Close")]).keepsAlive)
        #expect(head([]).keepsAlive)
    }
}
