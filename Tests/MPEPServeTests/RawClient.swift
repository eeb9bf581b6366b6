import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP client on loopback that sends exactly the bytes it is given (requests URLSession would
/// never send: a 1 MB request line, a header trickled line by line, nothing at all) and reports
/// what came back and whether the server closed the connection. Every exchange is bounded by a
/// deadline, and runs on a thread of its own: the server under test shares this process's task
/// threads, which a blocking client must not hold.
final class RawClient: Sendable {
    /// What the server sent back, as far as the exchange went.
    struct Reply {
        var bytes: [UInt8] = []
        /// The server ended the connection (closed or reset it) within the deadline.
        var closed = false

        var text: String { String(decoding: bytes, as: UTF8.self) }
        var head: String { text.components(separatedBy: "\r\n\r\n").first ?? "" }
        /// The status code of the first response, nil when none arrived.
        var status: Int? {
            let parts = head.split(separator: " ", maxSplits: 2)
            return parts.count >= 2 && parts[0].hasPrefix("HTTP/1.") ? Int(parts[1]) : nil
        }
        /// A header of the first response, by case-insensitive name.
        func header(_ name: String) -> String? {
            head.components(separatedBy: "\r\n").dropFirst().lazy
                .compactMap { line -> String? in
                    let pair = line.split(separator: ":", maxSplits: 1)
                    guard pair.count == 2, pair[0].lowercased() == name.lowercased() else { return nil }
                    return pair[1].trimmingCharacters(in: .whitespaces)
                }.first
        }
        var body: String { text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n") }
        /// Whether a whole response (head and `Content-Length` bytes of body) has arrived.
        var hasWholeResponse: Bool {
            guard let end = text.range(of: "\r\n\r\n") else { return false }
            let length = Int(header("Content-Length") ?? "0") ?? 0
            return text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length
        }
    }

    private let fd: Int32

    init(port: UInt16) throws {
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            _ = close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    deinit { _ = close(fd) }

    /// Ends the connection from this side (the server sees the end of its input).
    func disconnect() {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Sends `request` while reading, then reads on until the server closes the connection, or,
    /// with `oneResponse`, until a whole response is in; gives up at `within`.
    func exchange(_ request: [UInt8], oneResponse: Bool = false, within: Duration = .seconds(60)) async -> Reply {
        await onThread { self.run(sending: [request], every: .zero, oneResponse: oneResponse, within: within) }
    }

    /// Sends the pieces one by one, `every` apart, reading all the while; stops sending when the
    /// server answers anything, and returns when it closes the connection, or at `within`.
    func trickle(_ pieces: [[UInt8]], every interval: Duration, within: Duration = .seconds(60)) async -> Reply {
        await onThread { self.run(sending: pieces, every: interval, oneResponse: false, within: within, quietOnAnswer: true) }
    }

    /// Waits without sending until the server closes the connection, or `within`.
    func waitForClose(within: Duration = .seconds(60)) async -> Reply {
        await exchange([], within: within)
    }

    /// A thread of its own, not Dispatch's global queue: on Linux that queue's few threads also
    /// run the tasks of the server under test, which a blocked client would starve.
    private func onThread(_ work: @escaping @Sendable () -> Reply) async -> Reply {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    private func run(sending pieces: [[UInt8]], every interval: Duration, oneResponse: Bool, within: Duration,
                     quietOnAnswer: Bool = false) -> Reply {
        let clock = ContinuousClock()
        let deadline = clock.now + within
        var reply = Reply()
        var pending = pieces.first ?? []
        var next = 1
        var nextPieceAt = clock.now + interval
        var buffer = [UInt8](repeating: 0, count: 65536)
        while clock.now < deadline {
            if pending.isEmpty, next < pieces.count, clock.now >= nextPieceAt {
                pending = pieces[next]
                next += 1
                nextPieceAt = clock.now + interval
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN) | (pending.isEmpty ? 0 : Int16(POLLOUT)), revents: 0)
            let wait = min(clock.now.duration(to: deadline), pending.isEmpty && next < pieces.count
                           ? max(clock.now.duration(to: nextPieceAt), .zero) : .milliseconds(100))
            _ = poll(&descriptor, 1, Int32(max(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000, 0)))
            if descriptor.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count > 0 {
                    reply.bytes += buffer[0..<count]
                    if oneResponse && reply.hasWholeResponse { return reply }
                    if quietOnAnswer {
                        pending = []
                        next = pieces.count
                    }
                } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                    reply.closed = true
                    return reply
                }
            }
            if !pending.isEmpty, descriptor.revents & Int16(POLLOUT) != 0 {
                let sent = pending.withUnsafeBytes { Self.send(fd, $0.baseAddress, $0.count) }
                if sent > 0 {
                    pending.removeFirst(sent)
                } else if errno != EAGAIN && errno != EWOULDBLOCK {
                    pending = []   // the server stopped reading for good: read what it answered
                    next = pieces.count
                }
            }
        }
        return reply
    }

    private static func send(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.send(fd, pointer, count, Int32(MSG_NOSIGNAL))
        #else
        Darwin.send(fd, pointer, count, 0)
        #endif
    }
}
