/// Which `Host` a request may name. A page on another site can make the browser send requests to
/// the preview under a name the attacker controls and later points at 127.0.0.1 (DNS rebinding);
/// the browser then treats the preview as that site and lets the page read it. The name in the
/// `Host` header is the one thing such a request cannot fake, so every request, the live-reload
/// poll included, must name this machine: `localhost`, `127.0.0.1`, `[::1]`, the address the
/// server is bound to or the one the connection arrived on (a LAN preview reached by its IP
/// address), or a name given with `--allowed-host`. Any port is accepted.
///
///     let rule = HostRule(boundHost: "127.0.0.1", allowed: ["preview.lan"])
///     rule.allows("localhost:8000", localAddress: "127.0.0.1")        // true
///     rule.allows("evil.example", localAddress: "127.0.0.1")          // false
public struct HostRule: Sendable {
    /// Lower-cased, IPv6 addresses without brackets.
    public let names: Set<String>

    public init(boundHost: String, allowed: [String] = []) {
        let given = ([boundHost] + allowed).map { Self.hostName($0) ?? $0.lowercased() }
        names = Set(["localhost", "127.0.0.1", "::1"] + given)
    }

    /// Whether a request with this `Host` value, arrived on a connection to `localAddress`, is
    /// answered.
    public func allows(_ host: String, localAddress: String?) -> Bool {
        guard let name = Self.hostName(host) else { return false }
        return names.contains(name) || name == localAddress.map(Self.plainAddress)
    }

    /// The host of a `Host` value (`name`, `name:port`, `[v6]`, `[v6]:port`), lower-cased and
    /// without brackets; nil when it is not one of those shapes.
    public static func hostName(_ value: String) -> String? {
        var host = Substring(value.lowercased())
        var port: Substring = ""
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return nil }
            let rest = host[host.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                port = rest.dropFirst()
            }
            host = host[host.index(after: host.startIndex)..<close]
            guard !host.isEmpty, host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
        } else {
            if let colon = host.firstIndex(of: ":") {
                port = host[host.index(after: colon)...]
                host = host[..<colon]
                guard !port.isEmpty else { return nil }
            }
            let allowed: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_") }
            guard !host.isEmpty, host.allSatisfy(allowed) else { return nil }
        }
        guard port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(host)
    }

    /// An IPv4 address reached through an IPv6 socket (`::ffff:192.168.1.5`) as the client names it.
    static func plainAddress(_ address: String) -> String {
        let mapped = "::ffff:"
        if address.lowercased().hasPrefix(mapped), address.contains(".") { return String(address.dropFirst(mapped.count)) }
        return address.lowercased()
    }
}
