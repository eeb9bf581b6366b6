import MPEPServe
import Testing

@Suite("The Host rule: this machine's names, with or without a port, and nothing else")
struct HostRuleTests {
    let rule = HostRule(boundHost: "127.0.0.1", allowed: ["preview.lan", "[fe80::1]"])

    @Test("Host values are read as name, name:port, [v6] or [v6]:port")
    func parsing() {
        #expect(HostRule.hostName("LocalHost:8000") == "localhost")
        #expect(HostRule.hostName("[::1]:8000") == "::1")
        #expect(HostRule.hostName("[::1]") == "::1")
        #expect(HostRule.hostName("127.0.0.1") == "127.0.0.1")
        for bad in ["", ":80", "localhost:", "localhost:http", "a b", "::1", "[::1", "[::1]x", "[]", "h:123456", "évil.example",
                    "user@localhost", "localhost/x"] {
            #expect(HostRule.hostName(bad) == nil, "\(bad)")
        }
    }

    @Test("allowed: the loopback names, the bound and arrival addresses, the --allowed-host names")
    func allowed() {
        for host in ["localhost", "localhost:1", "127.0.0.1:8000", "[::1]:8000", "preview.lan", "[FE80::1]:80"] {
            #expect(rule.allows(host, localAddress: "127.0.0.1"), "\(host)")
        }
        #expect(rule.allows("192.168.1.5:8000", localAddress: "192.168.1.5"))
        #expect(rule.allows("192.168.1.5:8000", localAddress: "::ffff:192.168.1.5"))
        #expect(HostRule(boundHost: "10.0.0.2").allows("10.0.0.2:8000", localAddress: nil))
    }

    @Test("refused: any other name, look-alikes included")
    func refused() {
        for host in ["evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "other.lan", "192.168.1.5", "[::2]"] {
            #expect(!rule.allows(host, localAddress: "127.0.0.1"), "\(host)")
        }
    }
}
