/// The generated part of a README, between `<!-- efforts:start -->` and
/// `<!-- efforts:end -->`: `mpep build` rewrites it, `mpep check` tells whether it is stale.
///
/// ```
/// <!-- efforts:start -->
/// | Language | Prompts | … |
/// <!-- efforts:end -->
/// ```
///
/// The markers stay; everything outside them stays byte for byte; the region takes the
/// README's line ending (CRLF if the line of the start marker ends so).
public enum ReadmeRegion {
    public static let startMarker = "<!-- efforts:start -->"
    public static let endMarker = "<!-- efforts:end -->"

    /// `readme` with the region holding `content` (plus a final line ending if missing).
    public static func replacing(in readme: String, with content: String) throws(ReadmeRegionError) -> String {
        let bytes = Array(readme.utf8)
        let (start, end) = try markers(in: bytes)
        let regionStart = start + startMarker.utf8.count
        let eol = lineEnding(after: regionStart, in: bytes)
        var region = content.replacingAll("\r\n", with: "\n")
        if !region.isEmpty && !region.hasSuffix("\n") { region += "\n" }
        if eol == "\r\n" { region = region.replacingAll("\n", with: "\r\n") }
        var result = Array(bytes[..<regionStart])
        result += Array(eol.utf8)
        result += Array(region.utf8)
        result += Array(bytes[end...])
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the region of `readme` already holds `content`, byte for byte.
    public static func isUpToDate(_ readme: String, content: String) throws(ReadmeRegionError) -> Bool {
        try replacing(in: readme, with: content).utf8.elementsEqual(readme.utf8)
    }

    /// Offsets of the start marker and of the end marker; exactly one of each, in order.
    private static func markers(in bytes: [UInt8]) throws(ReadmeRegionError) -> (Int, Int) {
        let starts = occurrences(of: Array(startMarker.utf8), in: bytes)
        let ends = occurrences(of: Array(endMarker.utf8), in: bytes)
        func line(_ offset: Int) -> Int { bytes[..<offset].lazy.filter { $0 == 10 }.count + 1 }
        guard let start = starts.first else { throw ReadmeRegionError(.missingStart, line: nil) }
        guard let end = ends.first else { throw ReadmeRegionError(.missingEnd, line: nil) }
        if starts.count > 1 { throw ReadmeRegionError(.duplicateStart, line: line(starts[1])) }
        if ends.count > 1 { throw ReadmeRegionError(.duplicateEnd, line: line(ends[1])) }
        guard start < end else { throw ReadmeRegionError(.endBeforeStart, line: line(end)) }
        return (start, end)
    }

    private static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= needle.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { offset in
            bytes[offset] == needle[0] && bytes[offset..<(offset + needle.count)].elementsEqual(needle)
        }
    }

    /// The line ending of the marker's line, else the file's first, else `\n`.
    private static func lineEnding(after offset: Int, in bytes: [UInt8]) -> String {
        let newline = bytes[offset...].firstIndex(of: 10) ?? bytes.firstIndex(of: 10)
        guard let newline else { return "\n" }
        return newline > 0 && bytes[newline - 1] == 13 ? "\r\n" : "\n"
    }
}

/// A README whose markers cannot delimit one region; `line` is 1-based where it applies.
public struct ReadmeRegionError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case missingStart, missingEnd, duplicateStart, duplicateEnd, endBeforeStart
    }

    public let code: Code
    public let line: Int?

    public init(_ code: Code, line: Int?) {
        self.code = code
        self.line = line
    }

    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        let start = ReadmeRegion.startMarker, end = ReadmeRegion.endMarker
        switch code {
        case .missingStart: return "\(place)no \(start) marker: add the pair where the table goes"
        case .missingEnd: return "\(place)no \(end) marker after \(start)"
        case .duplicateStart: return "\(place)a second \(start): keep exactly one pair"
        case .duplicateEnd: return "\(place)a second \(end): keep exactly one pair"
        case .endBeforeStart: return "\(place)\(end) comes before \(start): swap them"
        }
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        // Byte-wise: Character comparison would treat "\r\n" as one grapheme.
        let source = Array(utf8), needle = Array(target.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if index + needle.count <= source.count,
               source[index..<(index + needle.count)].elementsEqual(needle) {
                result += replacement.utf8
                index += needle.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
