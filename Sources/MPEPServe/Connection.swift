import FlyingSocks
import Foundation

/// One client connection: request heads are read with `RequestHeadReader` under the limits and
/// the timeout, each is answered by the responder, and the connection stays open for the next
/// request (HTTP/1.1 keep-alive) until the client closes it, a refusal closes it, or the client
/// stays silent past the timeout.
struct Connection: Sendable {
    let socket: AsyncSocket
    let limits: ServeLimits

    /// Bytes asked of the socket at a time (FlyingSocks hands out at most 4 KiB a read), and sent
    /// at a time.
    static let chunk = 64 * 1024

    /// The address the client connected to (this machine's, as the client named it).
    var localAddress: String? {
        switch try? socket.socket.sockname() {
        case .ip4(let address, _), .ip6(let address, _): address
        default: nil
        }
    }

    /// Serves requests until the connection ends; never throws (a broken connection just ends).
    func serve(_ responder: PreviewResponder) async {
        var reader = RequestHeadReader(limits: limits)
        let local = localAddress
        while !Task.isCancelled {
            var outcome = reader.read(EmptyCollection())
            let deadline = ContinuousClock.now + limits.timeout
            do {
                while outcome == .incomplete {
                    guard let bytes = try await Self.before(deadline, { try await socket.read(atMost: Self.chunk) }) else {
                        // Silent past the timeout: a partial head is told why, an idle connection
                        // just closed (browsers reopen those without a word). Either way the
                        // socket is closed once: a second close could hit a newer connection
                        // given the same descriptor.
                        guard reader.hasPartialHead else { return close() }
                        return await refuse(.requestTimeout, "the request head took too long")
                    }
                    outcome = reader.read(bytes)
                }
            } catch {
                return close()
            }
            switch outcome {
            case .incomplete:
                return close()
            case .refused(let status):
                return await refuse(status, Self.reason(status))
            case .head(let head):
                let response = responder.respond(to: head, localAddress: local)
                let closing = !head.keepsAlive || head.announcesBody || response.status == .badRequest
                guard await send(response.encoded(withBody: head.method != "HEAD", closing: closing)) else { return close() }
                if closing { return await lingeringClose() }
            }
        }
        close()
    }

    /// Answers `status` and closes: the way every refusal ends.
    func refuse(_ status: HTTPStatus, _ message: String) async {
        _ = await send(Response.text(status, message, headers: PreviewResponder.common).encoded(withBody: true, closing: true))
        await lingeringClose()
    }

    static func reason(_ status: HTTPStatus) -> String {
        switch status {
        case .uriTooLong: "the request line is longer than the preview reads"
        case .headersTooLarge: "the headers are larger or more numerous than the preview reads"
        case .versionNotSupported: "the preview speaks HTTP/1.0 and HTTP/1.1"
        case .serviceUnavailable: "too many connections are open; try again"
        default: "the request is malformed"
        }
    }

    /// Sends `data`, each chunk within the timeout; false when the client went away or stopped
    /// reading.
    func send(_ data: Data) async -> Bool {
        var start = data.startIndex
        while start < data.endIndex {
            let piece = data[start..<min(start + Self.chunk, data.endIndex)]
            guard (try? await Self.before(ContinuousClock.now + limits.timeout, { try await socket.write(piece) })) != nil else {
                return false
            }
            start = piece.endIndex
        }
        return true
    }

    /// Closes after an answer the client may still be sending a request to (a refused 1 MB
    /// header): closing with unread bytes would reset the connection and could destroy the
    /// answer before the client reads it. So the writing side is shut, and what still arrives is
    /// read and dropped for a moment (at most a second and 4 MB) before closing.
    func lingeringClose() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + min(limits.timeout, .seconds(1))
        var drained = 0
        while drained < 4 * 1024 * 1024,
              let bytes = try? await Self.before(deadline, { try await socket.read(atMost: Self.chunk) }) {
            drained += bytes.count
        }
        close()
    }

    func close() {
        try? socket.close()
    }

    /// Runs `body`, cancelling it at `deadline`: its value, or nil when the deadline came first
    /// (or the task was cancelled). The socket's reads and writes end when cancelled. A deadline
    /// already past is nil without running `body`: on a busy machine a read of bytes already
    /// there could otherwise win the race against a timer that has expired, again and again.
    static func before<T: Sendable>(_ deadline: ContinuousClock.Instant,
                                    _ body: @escaping @Sendable () async throws -> T) async throws -> T? {
        guard ContinuousClock.now < deadline else { return nil }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try? await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
