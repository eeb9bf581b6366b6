import Foundation
import MPEPContent
import Testing

@Suite("JSON string literals")
struct JSONStringTests {
    @Test("only quotes, backslashes and control characters (and DEL) are escaped; other text stays raw UTF-8")
    func escapes() {
        #expect(JSONString.quoted("a\"b\\c\nd\re\tf\u{8}g\u{C}h\u{1}i\u{7F}j é 中 🙂")
                == #""a\"b\\c\nd\re\tf\bg\fh\u0001i\u007fj é 中 🙂""#)
        #expect(JSONString.quoted("") == #""""#)
        #expect(JSONString.quoted("plain") == #""plain""#)
    }

    @Test("every literal reads back as its text, substrings too", arguments: [
        "", "\"", "\\\\", "<p class=\"x\">a</p>\n", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
        "ends with an escape\n", "\u{0}start",
    ])
    func roundTrip(_ text: String) throws {
        for literal in [JSONString.quoted(text), JSONString.quoted(text[...])] {
            let decoded = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed)
            #expect(decoded as? String == text)
        }
    }
}
