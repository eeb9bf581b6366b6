import Foundation

/// The statuses the preview answers with.
struct HTTPStatus: Equatable, Sendable {
    let code: Int
    let reason: String

    static let ok = HTTPStatus(code: 200, reason: "OK")
    static let movedPermanently = HTTPStatus(code: 301, reason: "Moved Permanently")
    static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    static let forbidden = HTTPStatus(code: 403, reason: "Forbidden")
    static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    static let uriTooLong = HTTPStatus(code: 414, reason: "URI Too Long")
    static let headersTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
    static let serviceUnavailable = HTTPStatus(code: 503, reason: "Service Unavailable")
    static let versionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")
}

/// One response: status, headers and the whole body in memory (site files are small).
struct Response: Sendable {
    var status: HTTPStatus
    var headers: [(name: String, value: String)]
    var body: Data

    init(_ status: HTTPStatus, headers: [(name: String, value: String)] = [], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A plain-text answer, for errors: the status line repeated and why.
    static func text(_ status: HTTPStatus, _ message: String, headers: [(name: String, value: String)] = []) -> Response {
        Response(status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers,
                 body: Data("\(status.code) \(status.reason): \(message)\n".utf8))
    }

    /// The bytes on the wire. `Content-Length` is always the body's, also for HEAD, which sends no
    /// body; `closing` adds `Connection: close`.
    func encoded(withBody: Bool, closing: Bool) -> Data {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        if closing { head += "Connection: close\r\n" }
        head += "\r\n"
        var out = Data(head.utf8)
        if withBody { out.append(body) }
        return out
    }
}
