import Testing
import MPEPTemplates

/// A section, inverted, closing, comment, partial, delimiter or pragma tag alone on its line
/// (with only spaces or tabs around it) removes the whole line, as the Mustache spec says.
@Suite("Standalone lines")
struct StandaloneLineTests {
    @Test("section and closing tags alone on their lines leave no blank lines, indented or not")
    func sections() throws {
        let context: TemplateValue = ["items": ["a", "b"], "no": false]
        #expect(try render("<ul>\n{{#items}}\n<li>{{.}}</li>\n  {{/items}}\n</ul>\n", context) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(try render("<p>\n\t{{^no}}\nnone\n{{/no}}\n</p>\n", context) == "<p>\nnone\n</p>\n")
    }

    @Test("comment, delimiter and pragma lines disappear, multi-line comments included")
    func otherTags() throws {
        #expect(try render("<head>\n  {{! the title comes from the page }}\n</head>\n") == "<head>\n</head>\n")
        #expect(try render("<head>\n{{!\n  a note\n  on two lines\n}}\n</head>\n") == "<head>\n</head>\n")
        #expect(try render("<head>\n{{=<% %>=}}\n<%! note %>\n</head>\n") == "<head>\n</head>\n")
        #expect(try render("{{% CONTENT_TYPE: MARKDOWN }}\n| a |\n") == "| a |\n")
    }

    @Test("\\r\\n ends a standalone line like \\n")
    func crlf() throws {
        #expect(try render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\nc", ["t": true]) == "a\r\nb\r\nc")
        #expect(try render("a\r\n  {{! note }}\r\nc") == "a\r\nc")
    }

    @Test("the first and the last line can be standalone too")
    func edges() throws {
        #expect(try render("\t{{#t}}\nbody\n{{/t}}", ["t": true]) == "body\n")
        #expect(try render("top\n{{#t}}\nbody\n \t{{/t}}", ["t": true]) == "top\nbody\n")
        #expect(try render("top\n   {{! end }}") == "top\n")
    }

    @Test("a tag sharing its line with text or another tag is not standalone")
    func notStandalone() throws {
        #expect(try render("  {{#t}}yes{{/t}}\n", ["t": true]) == "  yes\n")
        #expect(try render("  x {{! note }}\n") == "  x \n")
        #expect(try render("<{{#t}}  {{! note }}\n  {{/t}}>\n", ["t": true]) == "<  \n  >\n")
        #expect(try render("{{#t}}{{/t}}\n", ["t": true]) == "\n")
        #expect(try render("x {{=<% %>=}}\n") == "x \n")
    }
}
