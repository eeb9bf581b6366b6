import Testing
@testable import MPEPSample

@Suite("Hand-written JSON and YAML text")
struct JSONTextTests {
    @Test("escapes quotes, backslashes and control characters, and keeps other scripts raw")
    func escaping() {
        var out: [UInt8] = []
        JSONText.appendString("a\"b\\c\nd\te\u{1}é العربية", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""a\"b\\c\nd\te\u0001é العربية""#)
    }

    @Test("writes preferences with at most four decimals and no trailing zeros")
    func preferences() {
        #expect(JSONText.preference(nil) == "null")
        #expect(JSONText.preference(1) == "1")
        #expect(JSONText.preference(2) == "2")
        #expect(JSONText.preference(1.5) == "1.5")
        #expect(JSONText.preference(1.05) == "1.05")
        #expect(JSONText.preference(1.873_149) == "1.8731")
        #expect(JSONText.preference(1.999_99) == "2")
    }

    @Test("writes YAML strings double-quoted and numbers without trailing zeros")
    func yaml() {
        #expect(YAMLText.quoted("Heron 7B: \"sample\"") == #""Heron 7B: \"sample\"""#)
        #expect(YAMLText.list(["a", "b"]) == #"["a", "b"]"#)
        #expect(JSONText.decimal(1.5, places: 1) == "1.5")
        #expect(JSONText.decimal(70, places: 1) == "70")
        #expect(JSONText.decimal(-0.25) == "-0.25")
    }
}
