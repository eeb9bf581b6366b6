import Foundation

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
}

extension ContentHash {
    mutating func add(_ other: ContentHash) {
        add(other.hex)
    }
}
