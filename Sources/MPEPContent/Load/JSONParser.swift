/// A strict JSON parser over the UTF-8 bytes of one line (RFC 8259: no NaN, no comments,
/// no trailing commas), which records where each top-level member's value starts.
///
/// Hand-written rather than Foundation's `JSONSerialization` because contributors need the
/// column of the wrong field, and because `true` and `1` must stay distinguishable.
/// The bytes must already be valid UTF-8 (the line reader checks that first).
struct JSONParser {
    struct SyntaxError: Error, Equatable {
        /// 0-based byte offset in the line.
        var offset: Int
        var message: String
    }

    /// Deep nesting is refused rather than allowed to exhaust the stack.
    static let maxDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses one complete JSON value, which must fill the buffer (surrounding spaces aside).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.index < bytes.count {
            throw SyntaxError(offset: parser.index, message: "unexpected text after the JSON value")
        }
        return value
    }

    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> JSONValue in
            try parse(buffer)
        }
    }

    // MARK: - Grammar

    private mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw fail("unexpected end of line, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw fail("NaN and Infinity are not JSON numbers")
        default:
            throw fail("unexpected character, expected a value")
        }
    }

    private mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        index += 1
        var members: [JSONMember] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw fail("expected a member name in double quotes") }
            let key = try string()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw fail("expected ':' after the member name") }
            index += 1
            skipSpace()
            let column = index + 1
            let member = try value(depth: depth)
            members.append(JSONMember(key: key, value: member, column: column))
            skipSpace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
            throw fail("expected ',' or '}' in the object")
        }
    }

    private mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value(depth: depth))
            skipSpace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
            throw fail("expected ',' or ']' in the array")
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let start = index
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw fail("unexpected end of line in a literal") }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] {
            index = start
            throw fail("unknown literal, expected \(word)")
        }
        index += count
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a number needs digits") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw fail("numbers may not have leading zeros") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected digits after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected digits in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            index = start
            throw fail("number out of range")
        }
        return value
    }

    private mutating func string() throws(SyntaxError) -> String {
        index += 1  // opening quote
        // The bytes are scanned in runs up to the next quote, backslash or control character. A
        // string without escapes is made from its one run; with escapes (every multi-line answer
        // has them) the runs and the escaped bytes are gathered first. Every escape adds a byte,
        // so `gathered` is empty exactly while none has been met.
        var gathered: [UInt8] = []
        while index < bytes.count {
            let run = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
                  bytes[index] >= 0x20 {
                index += 1
            }
            let text = UnsafeBufferPointer(rebasing: bytes[run..<index])
            guard index < bytes.count else { break }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                if gathered.isEmpty { return String(decoding: text, as: UTF8.self) }
                gathered.append(contentsOf: text)
                return String(decoding: gathered, as: UTF8.self)
            case UInt8(ascii: "\\"):
                if gathered.isEmpty { gathered.reserveCapacity(text.count + 256) }
                gathered.append(contentsOf: text)
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): gathered.append(e)
                case UInt8(ascii: "b"): gathered.append(0x08)
                case UInt8(ascii: "f"): gathered.append(0x0C)
                case UInt8(ascii: "n"): gathered.append(0x0A)
                case UInt8(ascii: "r"): gathered.append(0x0D)
                case UInt8(ascii: "t"): gathered.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try unicodeEscape()
                    gathered.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 2
                    throw fail("invalid escape in a string")
                }
            default:
                throw fail("control character in a string: escape it as \\u\(hex4(b))")
            }
        }
        throw fail("unterminated string")
    }

    private mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let high = try hexQuad()
        if (0xD800...0xDBFF).contains(high) {
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fail("unpaired surrogate in a \\u escape")
            }
            index += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate in a \\u escape") }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else { throw fail("unpaired surrogate in a \\u escape") }
        return scalar
    }

    private mutating func hexQuad() throws(SyntaxError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw fail("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    // MARK: - Helpers

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    private func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    private func hex4(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return "00" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 0xF)])
    }

    private func fail(_ message: String) -> SyntaxError {
        SyntaxError(offset: min(index, bytes.count), message: message)
    }
}
