import MPEPParallel

/// Where the render stage puts the site's files as it makes them: the write stage's staged site
/// in a build (so no more than a language's files are in memory at once), memory in tests.
public protocol RenderedFileSink: Sendable {
    /// Takes some of the site's files. Called from several threads at once, never twice for a path.
    func accept(_ files: [RenderedFile]) throws(SinkError)
}

/// Why a sink could not take a file (a write error, told as the write stage words it).
public struct SinkError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Keeps every file in memory: `SiteRenderer.render()`'s sink.
final class CollectedFiles: RenderedFileSink {
    private let files = Locked<[RenderedFile]>([])

    func accept(_ more: [RenderedFile]) throws(SinkError) {
        files.withLock { $0 += more }
    }

    /// Sorted by path.
    var sorted: [RenderedFile] { files.current.sorted { $0.path < $1.path } }
}
