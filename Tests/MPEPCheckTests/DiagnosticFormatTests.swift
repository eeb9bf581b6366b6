import Foundation
import MPEPCheck
import MPEPContent
import Testing

@Suite("Diagnostic formats")
struct DiagnosticFormatTests {
    /// A located error whose message and path hold every character the formats must escape,
    /// a whole-file warning (no line) and an error with a line but no column.
    static let sample: [Diagnostic] = [
        .error("content/a,b:c.jsonl", line: 3, column: 7, "100% wrong\nsecond line, with: colon\r"),
        .warning("content/site.yml", "whole file"),
        .error("README.md", line: 67, "say \"hi\" \\ tab\there"),
    ]

    @Test("text is each diagnostic's description, then the counts")
    func text() {
        #expect(DiagnosticFormat.text.format(Self.sample) == """
            content/a,b:c.jsonl:3:7: error: 100% wrong
            second line, with: colon\r
            content/site.yml: warning: whole file
            README.md:67: error: say "hi" \\ tab\there
            2 errors, 1 warning

            """)
    }

    @Test("the summary agrees in number, zero included")
    func summary() {
        #expect(DiagnosticFormat.summary([]) == "0 errors, 0 warnings")
        #expect(DiagnosticFormat.summary([.error("a", "x")]) == "1 error, 0 warnings")
        #expect(DiagnosticFormat.text.format([]) == "0 errors, 0 warnings\n")
    }

    @Test("github writes workflow commands with data and property escaping, omitting unknown line and column")
    func github() {
        #expect(DiagnosticFormat.github.format(Self.sample) == """
            ::error file=content/a%2Cb%3Ac.jsonl,line=3,col=7,title=mpep check::100%25 wrong%0Asecond line, with: colon%0D
            ::warning file=content/site.yml,title=mpep check::whole file
            ::error file=README.md,line=67,title=mpep check::say "hi" \\ tab\there
            2 errors, 1 warning

            """)
    }

    @Test("github escapes an existing %0A in a message so the runner does not decode it")
    func githubPercentFirst() {
        let line = DiagnosticFormat.github.format([.error("p%0A,:", line: 1, column: 2, "%0A\r\n")])
        #expect(line.hasPrefix("::error file=p%250A%2C%3A,line=1,col=2,title=mpep check::%250A%0D%0A\n"))
    }

    @Test("json is one document with sorted keys, null for an unknown line or column, and escaped strings")
    func json() throws {
        let document = DiagnosticFormat.json.format(Self.sample)
        #expect(document == #"""
            {"diagnostics":[\#
            {"column":7,"line":3,"message":"100% wrong\nsecond line, with: colon\r","path":"content/a,b:c.jsonl","severity":"error"},\#
            {"column":null,"line":null,"message":"whole file","path":"content/site.yml","severity":"warning"},\#
            {"column":null,"line":67,"message":"say \"hi\" \\ tab\there","path":"README.md","severity":"error"}\#
            ],"errors":2,"warnings":1}

            """#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let first = try #require((parsed["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["message"] as? String == "100% wrong\nsecond line, with: colon\r")
        #expect(parsed["errors"] as? Int == 2)
    }

    @Test("json escapes other control characters as \\u00XX and leaves non-ASCII text as is")
    func jsonControlCharacters() {
        let document = DiagnosticFormat.json.format([.warning("لغة/ü.jsonl", "bell\u{07} nul\u{00} é")])
        #expect(document == #"{"diagnostics":[{"column":null,"line":null,"message":"bell\u0007 nul\u0000 é","path":"لغة/ü.jsonl","severity":"warning"}],"errors":0,"warnings":1}"# + "\n")
    }

    @Test("every format has a name the command line can take")
    func names() {
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["text", "github", "json"])
        #expect(DiagnosticFormat(rawValue: "github") == .github)
    }
}
