import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mpep serve` fails early and plainly: the port is tried before the site is built.
@Suite("mpep serve's start", .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct ServeCommandTests {
    @Test("a busy port is one line of error and exit 1, before any build")
    func busyPort() throws {
        let dir = TemporaryDirectory()
        let (listener, port) = try Self.listenOnFreePort()
        defer { _ = close(listener) }
        let result = try runMPEP(["serve", "--port", "\(port)", "--content", "content", "--output", "site"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.err == "error: cannot listen on 127.0.0.1:\(port): the port is already in use (another `mpep serve`?); "
                + "stop that server or choose another port with --port\n")
        #expect(result.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("site").path))
    }

    @Test("a --host that is not an address, or an --allowed-host that is not a name, is a usage error")
    func usage() throws {
        let dir = TemporaryDirectory()
        for arguments in [["--host", "example.com"], ["--host", "999.1.1.1"], ["--allowed-host", "a b"], ["--allowed-host", "x:y"]] {
            let result = try runMPEP(["serve", "--port", "0"] + arguments, in: dir.url)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.err.contains(arguments[0]), "\(arguments)")
        }
    }

    /// A socket listening on 127.0.0.1 at a port the system chose.
    static func listenOnFreePort() throws -> (Int32, UInt16) {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, size) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &size) == 0
            }
        }
        guard listener >= 0, bound else { throw POSIXError(.EADDRINUSE) }
        return (listener, UInt16(bigEndian: address.sin_port))
    }
}
