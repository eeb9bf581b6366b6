import Foundation

/// Reads a JSON Lines file one record at a time, reporting every bad line instead of stopping
/// at the first, so a contributor sees all problems of a pull request in one run.
///
/// Accepted: a leading byte-order mark, CRLF line ends, blank lines (ignored).
/// Refused with a located error: invalid UTF-8 (with the byte column), lines longer than
/// ``maxLineBytes``, malformed JSON, values that are not objects.
/// The file is memory-mapped and parsed line by line; no whole-file `String` is built.
public enum JSONLReader {
    /// The longest line accepted: 1 MiB, far above any real prompt or answer, low enough
    /// that a hostile file cannot stall the build.
    public static let maxLineBytes = 1 << 20

    /// One parsed line: its members in order and where it is.
    public struct Record: Sendable {
        public var members: [JSONMember]
        public var line: Int
    }

    /// Calls `body` with every well-formed object line; returns the problems of the others.
    public static func read(_ url: URL, displayPath: String,
                            _ body: (Record) -> Void) -> [Diagnostic] {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            return [.error(displayPath, "cannot read the file: \(error.localizedDescription)")]
        }
        return data.withUnsafeBytes { raw in
            read(bytes: raw.bindMemory(to: UInt8.self), displayPath: displayPath, body)
        }
    }

    /// The same over bytes in memory (used by tests and by the fuzz target).
    public static func read(bytes: UnsafeBufferPointer<UInt8>, displayPath: String,
                            _ body: (Record) -> Void) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var start = 0
        var lineNumber = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < n {
            lineNumber += 1
            var end = start
            // memchr is far faster than a byte loop on long lines.
            if let found = memchr(bytes.baseAddress! + start, 0x0A, n - start) {
                end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else {
                end = n
            }
            let next = end + 1
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            defer { start = next }

            if contentEnd - start > maxLineBytes {
                problems.append(.error(displayPath, line: lineNumber, column: 1,
                    "line is \(contentEnd - start) bytes long; the limit is \(maxLineBytes) bytes (1 MiB)"))
                continue
            }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<contentEnd])
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if let bad = UTF8Validation.firstInvalidOffset(line) {
                problems.append(.error(displayPath, line: lineNumber, column: bad + 1,
                    "invalid UTF-8 byte 0x\(String(line[bad], radix: 16, uppercase: true)) at byte column \(bad + 1); save the file as UTF-8"))
                continue
            }
            do {
                let value = try JSONParser.parse(line)
                guard case .object(let members) = value else {
                    problems.append(.error(displayPath, line: lineNumber, column: 1,
                        "each line must be a JSON object, found \(value.summary)"))
                    continue
                }
                body(Record(members: members, line: lineNumber))
            } catch {
                problems.append(.error(displayPath, line: lineNumber, column: error.offset + 1,
                    "invalid JSON: \(error.message)"))
            }
        }
        return problems
    }
}
