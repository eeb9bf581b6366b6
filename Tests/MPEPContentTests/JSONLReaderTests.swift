import Foundation
import Testing
@testable import MPEPContent

@Suite("JSONL reader")
struct JSONLReaderTests {
    private func read(_ text: String) -> (records: [JSONLReader.Record], problems: [Diagnostic]) {
        read(bytes: Array(text.utf8))
    }

    private func read(bytes: [UInt8]) -> (records: [JSONLReader.Record], problems: [Diagnostic]) {
        var records: [JSONLReader.Record] = []
        let problems = bytes.withUnsafeBufferPointer { buffer in
            JSONLReader.read(bytes: buffer, displayPath: "x.jsonl") { records.append($0) }
        }
        return (records, problems)
    }

    @Test("reads one object per line, skipping blank lines and keeping line numbers")
    func blankLines() {
        let (records, problems) = read("{\"id\": \"a\"}\n\n   \n{\"id\": \"b\"}\n")
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [1, 4])
    }

    @Test("accepts a byte-order mark and CRLF line ends")
    func bomAndCRLF() {
        let (records, problems) = read(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"id\": \"a\"}\r\n{\"id\": \"b\"}\r\n".utf8))
        #expect(problems.isEmpty)
        #expect(records.count == 2)
        #expect(records[1].members["id"]?.value == .string("b"))
    }

    @Test("a broken line is reported as path:line:column and the other lines are still read")
    func brokenLine() {
        let (records, problems) = read("{\"id\": \"a\"}\n{\"id\": \"b\",}\n{\"id\": \"c\"}\n")
        #expect(records.count == 2)
        #expect(problems.count == 1)
        #expect(problems.first?.description == "x.jsonl:2:12: error: invalid JSON: expected a member name in double quotes")
    }

    @Test("invalid UTF-8 is reported with its byte column")
    func invalidUTF8() {
        let (_, problems) = read(bytes: Array("{\"id\": \"".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 1)
        #expect(problems.first?.column == 9)
        #expect(problems.first?.message.contains("invalid UTF-8 byte 0xC3") == true)
    }

    @Test("a line over the limit is refused with a message, not parsed")
    func longLine() {
        let long = "{\"id\": \"" + String(repeating: "a", count: JSONLReader.maxLineBytes) + "\"}\n{\"id\": \"b\"}"
        let (records, problems) = read(long)
        #expect(records.count == 1)
        #expect(problems.first?.message.contains("the limit is 1048576 bytes") == true)
    }

    @Test("NaN, trailing commas and non-objects are errors")
    func strictJSON() {
        let (_, problems) = read("{\"p\": NaN}\n[1, 2]\n{\"a\": 1,}\n\"text\"\n")
        #expect(problems.map(\.line) == [1, 2, 3, 4])
        #expect(problems[0].message.contains("NaN"))
        #expect(problems[1].message == "each line must be a JSON object, found an array")
    }

    @Test("string escapes and surrogate pairs decode; member columns point at values")
    func escapes() {
        let (records, problems) = read(#"{"id": "a\"b\\n\u00e9\ud83c\udf89", "n": 1.5e0}"#)
        #expect(problems.isEmpty)
        #expect(records.first?.members["id"]?.value == .string("a\"b\\né🎉"))
        #expect(records.first?.members["n"]?.column == 42)
    }

    @Test("deep nesting is refused instead of overflowing the stack")
    func deepNesting() {
        let (_, problems) = read("{\"a\": " + String(repeating: "[", count: 100_000) + "}")
        #expect(problems.first?.message.contains("nested deeper") == true)
    }
}
