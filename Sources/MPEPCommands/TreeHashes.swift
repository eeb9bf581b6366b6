import Foundation
import MPEPContent

/// Hashes of content folders, each computed once per build: the rank cache and the render cache
/// both key a language by its folder, and at full size that folder is 60 MB.
final class TreeHashes: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: ContentHash] = [:]

    func hash(_ url: URL) -> ContentHash {
        if let hash = lock.withLock({ known[url.path] }) { return hash }
        var hash = ContentHash()
        hash.addTree(url)
        lock.withLock { known[url.path] = hash }
        return hash
    }

    /// Takes a folder's hash as known without reading it: the build snapshot recorded it, and the
    /// folder's stamp says nothing was written there since.
    func assume(_ url: URL, _ hash: ContentHash) {
        lock.withLock { known[url.path] = hash }
    }
}

extension ContentHash {
    mutating func add(_ other: ContentHash) {
        add(other.hex)
    }
}
