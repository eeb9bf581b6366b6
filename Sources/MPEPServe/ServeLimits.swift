/// What the preview server accepts from one client, and for how long it waits. A preview is
/// opened by browsers on the same machine; the limits are far above what a browser sends and
/// far below what could cost the server time or memory, so a hostile or broken client is
/// answered (414, 431, 408, 503) or dropped at once instead of being read to the end.
///
///     let limits = ServeLimits(timeout: .milliseconds(300))   // tests: a short wait
public struct ServeLimits: Sendable {
    /// Bytes of the request line (`GET /path HTTP/1.1`): longer ones get 414 as soon as this many
    /// bytes have arrived without a line end. Browsers send up to about 8 KB of URL.
    public var requestLineBytes: Int
    /// Bytes of all header lines together: more gets 431 as soon as they have arrived.
    public var headerBytes: Int
    /// Header lines in one request: more gets 431.
    public var headerCount: Int
    /// How long a connection may take to deliver a whole request head, counted from its opening
    /// or from the end of its previous response, and how long a response may wait for the client
    /// to read on. A silent client, a partial head or headers trickled slowly are closed when it
    /// runs out, however many bytes keep coming (a partial head gets 408 first).
    public var timeout: Duration
    /// Connections open at once; one more is answered 503 and closed. Browsers open about six.
    public var connections: Int

    public init(requestLineBytes: Int = 8 * 1024, headerBytes: Int = 16 * 1024, headerCount: Int = 100,
                timeout: Duration = .seconds(10), connections: Int = 64) {
        self.requestLineBytes = requestLineBytes
        self.headerBytes = headerBytes
        self.headerCount = headerCount
        self.timeout = timeout
        self.connections = connections
    }

    /// The limits `mpep serve` runs with (documented in the README).
    public static let standard = ServeLimits()
}
