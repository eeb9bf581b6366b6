import CJemalloc

/// The memory allocator the process runs on. mpep links jemalloc (Debian's libjemalloc), which
/// replaces glibc's malloc everywhere in the process: on a full-size build glibc spent about a
/// fifth of all CPU time walking its free lists, and the render stage took twice as long.
public enum Allocator {
    /// "jemalloc <version>", read from jemalloc itself, so a build that did not link it would show.
    public static var description: String {
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "unknown allocator" }
        return "jemalloc " + String(cString: version)
    }
}
