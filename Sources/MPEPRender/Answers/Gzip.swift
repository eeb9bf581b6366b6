import CDeflate
import Foundation

/// gzip (RFC 1952) over libdeflate, for the answer bundles: the format browsers expand themselves
/// with `DecompressionStream("gzip")`, and that any reader without JavaScript can open once downloaded.
///
/// Deterministic: libdeflate writes no file name and a zero modification time into the header, so
/// the same bytes always compress to the same file (builds stay byte-identical).
public enum Gzip {
    /// Level 6: on real answer text (docs/performance.md) libdeflate packs it about 3.23:1 at about
    /// three times zlib's level-6 speed; level 9 gains 1 % for a third of the speed, level 4 loses
    /// 3 % (too close to the Pages limit at full size), and every answer of a site goes through here.
    public static func compress(_ data: Data, level: Int32 = 6) -> Data {
        guard let compressor = libdeflate_alloc_compressor(level) else {
            preconditionFailure("libdeflate could not allocate a level-\(level) compressor")
        }
        defer { libdeflate_free_compressor(compressor) }
        var output = Data(count: libdeflate_gzip_compress_bound(compressor, data.count))
        let written = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                libdeflate_gzip_compress(compressor, input.baseAddress, input.count, out.baseAddress, out.count)
            }
        }
        // The bound is an upper bound for any input: 0 (no room) cannot happen.
        guard written > 0 else { preconditionFailure("libdeflate found no room within its own bound") }
        output.count = written
        return output
    }

    /// The bytes of a gzip file, nil when it is not one (tests read bundles back through this).
    public static func decompress(_ data: Data) -> Data? {
        // A gzip file ends with its content's size modulo 2^32 (ISIZE); bundles are far smaller.
        guard data.count >= 18, let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        let size = data.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        var output = Data(count: size)
        var actual = 0
        let result = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                libdeflate_gzip_decompress(decompressor, input.baseAddress, input.count, out.baseAddress, out.count, &actual)
            }
        }
        return result == LIBDEFLATE_SUCCESS && actual == size ? output : nil
    }
}
