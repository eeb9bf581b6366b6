import Foundation

/// A fast 64-bit hash of bytes for the build cache's keys: word-wise FNV-1a with a final mix.
/// Not cryptographic (a contributor cannot gain anything by a collision: the worst is a stale
/// page in their own local preview); stable across processes and machines, unlike `Hasher`.
/// Here, beside the content, because the build caches and the renderer (which keys single
/// pages by what they are drawn from) both use it.
public struct ContentHash: Sendable, Equatable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// A hash as `hex` wrote it, nil for anything else.
    public init?(hex: String) {
        guard let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = value
        let words = bytes.count / 8
        for i in 0..<words {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
        }
        for i in (words * 8)..<bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
        }
        value = h ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    }

    public mutating func add(_ data: Data) { data.withUnsafeBytes { add($0) } }

    public mutating func add(_ text: String) {
        var text = text   // withUTF8 may make a native copy of a bridged string; usually none
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Every regular file under `folder` (or the file itself), by relative path then bytes.
    public mutating func addTree(_ url: URL) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { add("missing \(url.lastPathComponent)"); return }
        guard isDirectory.boolValue else {
            add(url.lastPathComponent)
            add(fm.contents(atPath: url.path) ?? Data())
            return
        }
        let files = (fm.subpaths(atPath: url.path) ?? []).sorted()
        for relative in files {
            let file = url.appendingPathComponent(relative)
            guard fm.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            add(relative)
            if let handle = FileHandle(forReadingAtPath: file.path) {
                add((try? handle.readToEnd()) ?? Data())
                try? handle.close()
            }
        }
    }

    public var hex: String { String(value, radix: 16) }
}
