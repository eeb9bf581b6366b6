import Testing
import MPEPTemplates

/// A template is refused when it is parsed, with the line and column (in characters) of the
/// offending tag's opening delimiter.
@Suite("Template errors")
struct TemplateErrorTests {
    @Test("a tag never closed")
    func unclosedTag() {
        #expect(parseError("Hello {{name")?.description == #"1:7: tag is never closed (no "}}" after "{{")"#)
        #expect(parseError("a\n  {{{raw}}")?.description == #"2:3: tag is never closed (no "}}}" after "{{")"#)
        #expect(parseError("{{=<% %>}}")?.description == #"1:1: tag is never closed (no "=}}" after "{{")"#)
    }

    @Test("a tag without a name")
    func emptyName() {
        for source in ["{{}}", "{{ }}", "{{{ }}}", "{{&}}", "{{#}}{{/}}", "{{^ }}", "{{>}}"] {
            #expect(parseError(source)?.description == "1:1: tag has an empty name", "\(source)")
        }
        #expect(parseError("{{#a}}{{/}}")?.description == "1:7: closing tag has an empty name")
    }

    @Test("a name with spaces or empty parts")
    func invalidName() {
        #expect(parseError("{{a b}}")?.description == #"1:1: invalid name "a b""#)
        #expect(parseError("x{{#a..b}}")?.description == #"1:2: invalid name "a..b""#)
        #expect(parseError("{{.a}}")?.description == #"1:1: invalid name ".a""#)
        #expect(parseError("{{> my partial}}")?.description == #"1:1: invalid name "my partial""#)
    }

    @Test("a section closed by another name, located at the closing tag")
    func wrongClose() {
        #expect(parseError("{{#a}}\n  {{#b}}\n{{/a}}")?.description
                == #"3:1: section "b" (opened at 2:3) is closed by "a""#)
    }

    @Test("a section never closed, located at its opening tag")
    func neverClosed() {
        let error = parseError("<ul>\n  {{#models}}\n<li>{{name}}</li>\n")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message == #"section "models" is never closed"#)
        #expect(error?.description == #"2:3: section "models" is never closed"#)
        #expect(parseError("{{^a}}")?.description == #"1:1: section "a" is never closed"#)
    }

    @Test("a closing tag without a section")
    func closeWithoutSection() {
        #expect(parseError("x {{/a}}")?.description == #"1:3: closing tag "a" has no open section"#)
    }

    @Test("a delimiter change that is not two delimiters")
    func badDelimiters() {
        let expected = "expected two delimiters separated by a space, as in {{=<% %>=}}"
        #expect(parseError("{{=<%=}}")?.description == #"1:1: bad delimiter change "<%": "# + expected)
        #expect(parseError("{{=a b c=}}")?.description == #"1:1: bad delimiter change "a b c": "# + expected)
        #expect(parseError("{{==}}")?.description == #"1:1: bad delimiter change "": "# + expected)
        #expect(parseError("{{=<= =>=}}")?.description == #"1:1: bad delimiter change "<= =>": "# + expected)
    }

    @Test("template inheritance and dynamic partial names are refused by name")
    func unsupported() {
        let inheritance = #"template inheritance ("{{<" and "{{$" tags) is not supported"#
        #expect(parseError("{{<parent}}{{/parent}}")?.description == "1:1: " + inheritance)
        #expect(parseError("x\n{{$block}}default{{/block}}")?.description == "2:1: " + inheritance)
        #expect(parseError("{{>*name}}")?.description == #"1:1: dynamic partial names ("{{>*name}}") are not supported"#)
    }

    @Test("a pragma other than CONTENT_TYPE, or an unknown content type")
    func pragmas() {
        #expect(parseError("{{% CONTENT_TYPE: JSON }}")?.description == #"1:1: unknown content type "JSON" (expected HTML or MARKDOWN)"#)
        #expect(parseError("{{%IMPLICIT-ITERATOR}}")?.description == #"1:1: unknown pragma "IMPLICIT-ITERATOR" (only CONTENT_TYPE is supported)"#)
        #expect(parseError("{{%CONTENT_TYPE:MARKDOWN}}") == nil)
    }

    @Test("columns count characters, and errors after a delimiter change name the delimiters in use")
    func columns() {
        #expect(parseError("é👍🏽 {{#a}}")?.description == #"1:4: section "a" is never closed"#)
        #expect(parseError("{{=<% %>=}}\n <%name")?.description == #"2:2: tag is never closed (no "%>" after "<%")"#)
    }
}
