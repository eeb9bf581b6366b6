import Foundation
import MPEPContent
import MPEPParallel

/// Hashes of content folders, each computed once per build: the rank and page keys of a language
/// both hash its folder, and at full size that folder is 60 MB.
struct TreeHashes: Sendable {
    private let known = Locked<[String: ContentHash]>([:])

    func hash(_ url: URL) -> ContentHash {
        if let hash = known.withLock({ $0[url.path] }) { return hash }
        var hash = ContentHash()
        hash.addTree(url)
        known.withLock { $0[url.path] = hash }
        return hash
    }

    /// Takes a folder's hash as known without reading it: the build snapshot recorded it, and the
    /// folder's stamp says nothing was written there since.
    func assume(_ url: URL, _ hash: ContentHash) {
        known.withLock { $0[url.path] = hash }
    }
}

extension ContentHash {
    mutating func add(_ other: ContentHash) {
        add(other.hex)
    }
}
