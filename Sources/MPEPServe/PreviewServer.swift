import FlyingSocks
import Foundation
import MPEPParallel

/// The local preview: serves a built site folder over HTTP on a loopback address, with live
/// reload, so the pages behave as on the published site (clean URLs, content types, fetches of
/// the JSON files).
///
/// The HTTP is its own, small and bounded (`RequestHeadReader`, `Connection`), over FlyingSocks'
/// non-blocking sockets: FlyingFox's server, used before, reads request lines and headers
/// without a limit (a 1 MB request line kept a core busy for minutes) and never times out a
/// silent connection. What a client may send and for how long is `ServeLimits`; which hosts it
/// may name is `HostRule`; which files it may read is `SiteFiles`.
///
///     let server = try PreviewServer(root: site, port: 8000)   // listening from here on
///     print("http://127.0.0.1:\(server.port)/")
///     try await server.run()                                    // until cancelled
public final class PreviewServer: Sendable {
    public let root: URL
    public let host: String
    /// The port bound (the system's choice when 0 was asked).
    public let port: UInt16
    public let limits: ServeLimits
    public let version = SiteVersion()
    private let listener: Socket
    private let responder: PreviewResponder
    private let state = Locked(ServerState())

    /// Binds and listens at once, so a busy port is reported before anything else is done.
    /// `port` 0 asks the system for a free one (tests); `host` is 127.0.0.1 unless the caller
    /// deliberately exposes the preview, and requests must name one of `HostRule`'s hosts.
    public init(root: URL, host: String = "127.0.0.1", port: UInt16 = 8000, allowedHosts: [String] = [],
                limits: ServeLimits = .standard) throws(ListenError) {
        self.root = root
        self.host = host
        self.limits = limits
        listener = try Self.listen(host: host, port: port)
        self.port = Self.boundPort(listener) ?? port
        responder = PreviewResponder(root: root, version: version,
                                     hosts: HostRule(boundHost: host, allowed: allowedHosts))
    }

    /// `host:port` as a URL writes it (`[::1]:8000`).
    public var address: String { Self.address(host: host, port: port) }

    static func address(host: String, port: UInt16) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Whether `host` is an IPv4 or IPv6 address the server could be asked to listen on, or
    /// `localhost` (127.0.0.1).
    public static func isAddress(_ host: String) -> Bool {
        let plain = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || (try? sockaddr_in.inet(ip4: host, port: 0)) != nil
            || (try? sockaddr_in6.inet6(ip6: plain, port: 0)) != nil
    }

    /// Connections being served now (tests wait on it).
    public var openConnections: Int { state.current.served }

    /// Until `run` has closed it, the port stays bound.
    deinit {
        if state.withLock({ $0.closeListener() }) { try? listener.close() }
    }

    /// Accepts and serves connections until the task is cancelled, then closes them all and the
    /// listening socket. Runs once: the socket is gone afterwards.
    public func run() async throws {
        let pool = SocketPool<Poll>.make()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        defer { if state.withLock({ $0.closeListener() }) { try? listener.close() } }
        await withDiscardingTaskGroup { group in
            group.addTask { try? await pool.run() }
            while !Task.isCancelled {
                let client: AsyncSocket
                do {
                    client = try await listening.accept()
                } catch {
                    // Out of file descriptors, or a connection reset before it was taken:
                    // wait a little and go on.
                    try? await Task.sleep(for: .milliseconds(20))
                    continue
                }
                #if canImport(Darwin)
                try? client.socket.setValue(true, for: .noSIGPIPE)
                #endif
                let connection = Connection(socket: client, limits: limits)
                switch state.withLock({ $0.admit(limit: limits.connections) }) {
                case .served:
                    group.addTask { [responder, state] in
                        await connection.serve(responder)
                        state.withLock { $0.ended(.served) }
                    }
                case .refused:
                    group.addTask { [state] in
                        await connection.refuse(.serviceUnavailable, Connection.reason(.serviceUnavailable))
                        state.withLock { $0.ended(.refused) }
                    }
                case nil:
                    connection.close()   // a flood: refusals are bounded too
                }
            }
            group.cancelAll()
        }
    }

    /// Polls `watcher` every `interval`; after a change runs `rebuild` and bumps the version the
    /// pages poll. Returns when the task is cancelled.
    public func watch(_ watcher: ChangeWatcher, every interval: Duration = .milliseconds(500),
                      rebuild: @Sendable () async -> Void) async {
        var watcher = watcher
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            if watcher.changed() {
                await rebuild()
                version.bump()
            }
        }
    }

    /// A listening socket on `host:port`, or why not in words a person can act on.
    static func listen(host: String, port: UInt16) throws(ListenError) -> Socket {
        let fail = { (reason: String) in ListenError(host: host, port: port, reason: reason) }
        do {
            if host.contains(":") {
                let plain = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                guard let address = try? sockaddr_in6.inet6(ip6: plain, port: port) else { throw fail(ListenError.notAnAddress) }
                return try bound(to: address)
            }
            guard let address = try? sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port) else {
                throw fail(ListenError.notAnAddress)
            }
            return try bound(to: address)
        } catch let error as ListenError {
            throw error
        } catch SocketError.failed(_, let code, let message) {
            throw fail(ListenError.reason(errno: code, message: message))
        } catch {
            throw fail("\(error)")
        }
    }

    private static func bound(to address: some SocketAddress) throws -> Socket {
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
            return socket
        } catch {
            try? socket.close()
            throw error
        }
    }

    private static func boundPort(_ socket: Socket) -> UInt16? {
        switch try? socket.sockname() {
        case .ip4(_, let port), .ip6(_, let port): port
        default: nil
        }
    }
}

/// Why the preview could not listen, in one line: `mpep serve` prints it before building.
public struct ListenError: Error, CustomStringConvertible {
    public let host: String
    public let port: UInt16
    public let reason: String

    public var description: String {
        "cannot listen on \(PreviewServer.address(host: host, port: port)): \(reason)"
    }

    static let notAnAddress = "not an IP address of this machine (use 127.0.0.1, ::1 or 0.0.0.0)"

    static func reason(errno code: Int32, message: String) -> String {
        switch code {
        case EADDRINUSE: "the port is already in use (another `mpep serve`?); stop that server or choose another port with --port"
        case EACCES: "permission denied (ports below 1024 need privileges); choose another port with --port"
        case EADDRNOTAVAIL: notAnAddress
        default: message
        }
    }
}

/// The server's shared counts: connections served and being refused, each bounded by the
/// limit, and whether the listening socket is closed yet. Shared in a `Locked`.
private struct ServerState {
    enum Admission { case served, refused }

    private(set) var served = 0
    private var refused = 0
    private var listenerClosed = false

    /// Served while under the limit, else refused with a 503 while fewer than the limit are
    /// being refused, else nil (closed at once).
    mutating func admit(limit: Int) -> Admission? {
        if served < limit {
            served += 1
            return .served
        }
        guard refused < limit else { return nil }
        refused += 1
        return .refused
    }

    mutating func ended(_ admission: Admission) {
        switch admission {
        case .served: served -= 1
        case .refused: refused -= 1
        }
    }

    /// True once: the caller closes the socket.
    mutating func closeListener() -> Bool {
        defer { listenerClosed = true }
        return !listenerClosed
    }
}
