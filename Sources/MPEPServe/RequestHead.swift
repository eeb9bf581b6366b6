import Foundation

/// The part of an HTTP/1.x request the preview reads: its request line and headers. Bodies are
/// never read (the preview answers only GET and HEAD), so a request announcing one is answered
/// and its connection closed.
struct RequestHead: Equatable, Sendable {
    struct Header: Equatable, Sendable {
        /// Lower-cased: header names are case-insensitive.
        var name: String
        var value: String
    }

    var method: String
    /// As sent: an origin-form target (`/path?query`), still percent-encoded.
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    var headers: [Header]

    /// Every value of the header `name` (lower-case), in the order sent.
    func values(_ name: String) -> [String] {
        headers.filter { $0.name == name }.map(\.value)
    }

    /// Whether the client expects the connection to stay open after the response: HTTP/1.1
    /// unless it says `Connection: close`; HTTP/1.0 connections are always closed.
    var keepsAlive: Bool {
        guard version == "HTTP/1.1" else { return false }
        let tokens = values("connection").flatMap { $0.lowercased().split(separator: ",") }
        return !tokens.contains { $0.trimmingCharacters(in: .whitespaces) == "close" }
    }

    /// Whether a body follows the head: the server does not read it, so it cannot find where the
    /// next request starts and closes the connection after answering.
    var announcesBody: Bool {
        !values("transfer-encoding").isEmpty || values("content-length").contains { $0 != "0" }
    }
}

/// Reads request heads from a connection's bytes as they arrive, enforcing `ServeLimits` on each
/// chunk: a request line or header section over its limit is refused as soon as the bytes that
/// exceed it are in, whatever follows. Each byte is looked at once (the search for a line end
/// resumes where the previous chunk's stopped), so refusing 1 MB costs what reading 8 KB does.
///
///     var reader = RequestHeadReader(limits: .standard)
///     switch reader.read(chunk) { case .incomplete: …; case .head(let head): …; case .refused(let status): … }
struct RequestHeadReader {
    enum Outcome: Equatable {
        /// More bytes are needed.
        case incomplete
        /// A whole head; bytes after it stay for the next `read`.
        case head(RequestHead)
        /// Malformed or over a limit; the connection is answered with `status` and closed.
        case refused(HTTPStatus)
    }

    let limits: ServeLimits
    private var buffer: [UInt8] = []
    /// Where the current line starts, and how far the search for its end has gone.
    private var lineStart = 0
    private var scanned = 0
    private var requestLine: (method: String, target: String, version: String)?
    private var headers: [RequestHead.Header] = []
    private var headerBytes = 0

    init(limits: ServeLimits) {
        self.limits = limits
    }

    /// Whether any byte of a next request has arrived: a connection timing out with nothing is
    /// closed silently, one with a partial head is told 408 first.
    var hasPartialHead: Bool { !buffer.isEmpty }

    /// Takes the next bytes from the connection (none to look again at what is left over).
    mutating func read(_ bytes: some Collection<UInt8>) -> Outcome {
        buffer.append(contentsOf: bytes)
        while let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
            if let refusal = overLimit(lineEnd: end) { return .refused(refusal) }
            var line = buffer[lineStart..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            scanned = end + 1
            lineStart = end + 1
            if requestLine == nil {
                // A client may send empty lines before a request (RFC 9112 §2.2); they count
                // towards the request line's limit.
                if line.isEmpty { continue }
                guard let parsed = Self.requestLine(line) else { return .refused(.badRequest) }
                guard parsed.version.hasPrefix("HTTP/1.") else { return .refused(.versionNotSupported) }
                requestLine = parsed
            } else if line.isEmpty {
                return .head(finishHead())
            } else {
                guard headers.count < limits.headerCount else { return .refused(.headersTooLarge) }
                guard let header = Self.header(line) else { return .refused(.badRequest) }
                headerBytes += line.count
                headers.append(header)
            }
        }
        scanned = buffer.count
        return overLimit(lineEnd: buffer.count).map { .refused($0) } ?? .incomplete
    }

    /// The refusal when the line ending (so far) at `lineEnd` takes its part of the head over its
    /// limit: the request line counts from the head's first byte, a header line adds to the
    /// header lines before it.
    private func overLimit(lineEnd: Int) -> HTTPStatus? {
        if requestLine == nil {
            return lineEnd > limits.requestLineBytes ? .uriTooLong : nil
        }
        return headerBytes + (lineEnd - lineStart) > limits.headerBytes ? .headersTooLarge : nil
    }

    private mutating func finishHead() -> RequestHead {
        let line = requestLine!
        let head = RequestHead(method: line.method, target: line.target, version: line.version, headers: headers)
        buffer.removeFirst(lineStart)
        lineStart = 0
        scanned = 0
        requestLine = nil
        headers = []
        headerBytes = 0
        return head
    }

    /// `METHOD SP origin-form SP HTTP/x.y`, with a token for a method and visible ASCII only in
    /// the target.
    static func requestLine(_ line: ArraySlice<UInt8>) -> (method: String, target: String, version: String)? {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte),
              parts[1].first == UInt8(ascii: "/"), parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
              parts[2].count == 8, parts[2].starts(with: Array("HTTP/".utf8)) else { return nil }
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self),
                String(decoding: parts[2], as: UTF8.self))
    }

    /// `name: value`; no space before the colon and no folded lines (RFC 9112 §5.1-5.2), no
    /// control characters in the value.
    static func header(_ line: ArraySlice<UInt8>) -> RequestHead.Header? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return nil }
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let value = line[(colon + 1)...].drop(while: blank).reversed().drop(while: blank).reversed()
        guard !value.contains(where: { ($0 < 0x20 && $0 != UInt8(ascii: "\t")) || $0 == 0x7F }) else { return nil }
        return RequestHead.Header(name: String(decoding: name, as: UTF8.self).lowercased(),
                                  value: String(decoding: value, as: UTF8.self))
    }

    /// RFC 9110 §5.6.2 `tchar`: what a method or header name may be made of.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
