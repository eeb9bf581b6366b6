import Foundation
import MPEPParallel

/// Live reload for the preview only: every HTML page served gets a small script that polls
/// `/__mpep/version` and reloads when the number changes. Built files never contain it: the
/// server adds it to the bytes it sends.
public enum LiveReload {
    public static let versionPath = "/__mpep/version"

    public static let script = """
        <script>(function(){var seen=null;setInterval(function(){fetch("\(versionPath)",{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(v){if(seen!==null&&v!==seen){location.reload()}seen=v})\
        .catch(function(){})},700)})();</script>
        """

    /// The page with the script before its last `</body>`, or at its end when it has none.
    public static func inject(into html: Data) -> Data {
        let marker = Data("</body>".utf8)
        guard let range = html.range(of: marker, options: .backwards) else { return html + Data(script.utf8) }
        var out = html
        out.replaceSubrange(range.lowerBound..<range.lowerBound, with: Data(script.utf8))
        return out
    }
}

/// The number the live-reload script polls; bumped after every rebuild.
public final class SiteVersion: Sendable {
    private let value = Locked(1)

    public init() {}

    public var current: Int { value.current }

    public func bump() { value.withLock { $0 += 1 } }
}
