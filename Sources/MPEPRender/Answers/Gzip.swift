import CZlib
import Foundation

/// gzip (RFC 1952) over zlib, for the answer bundles: the format browsers expand themselves with
/// `DecompressionStream("gzip")`, and that any reader without JavaScript can open once downloaded.
///
/// Deterministic: zlib writes no file name and a zero modification time into the header, so the
/// same bytes always compress to the same file (builds stay byte-identical).
public enum Gzip {
    /// zlib's `windowBits` for a gzip wrapper around deflate (15 bits of window, +16 for gzip).
    static let gzipWindow: Int32 = 15 + 16

    /// Level 6, zlib's default: on answer text, level 9 makes bundles about 1 % smaller for twice
    /// the time, and the render stage compresses every answer of a full-size site.
    public static func compress(_ data: Data, level: Int32 = 6) -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, gzipWindow, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib refused its own default settings")
        }
        defer { deflateEnd(&stream) }
        var output = Data(count: Int(deflateBound(&stream, uLong(data.count))) + 32)
        let written: Int = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                // deflateBound guarantees one call suffices; anything but the stream's end is a bug.
                guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { preconditionFailure("deflate did not finish") }
                return Int(stream.total_out)
            }
        }
        output.count = written
        return output
    }

    /// The bytes of a gzip file, nil when it is not one (tests read bundles back through this).
    public static func decompress(_ data: Data) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, gzipWindow, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var result = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let status: Int32 = data.withUnsafeBytes { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let code: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                result.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if code != Z_OK { return code }
            }
        }
        return status == Z_STREAM_END ? result : nil
    }
}
