import Testing
import MPEPTemplates

@Suite("Interpolation")
struct InterpolationTests {
    @Test("{{name}} shows a text escaped, {{{name}}} and {{& name}} show it as it is")
    func texts() throws {
        let context: TemplateValue = ["v": "<b>&</b>"]
        #expect(try render("{{v}} {{{v}}} {{&v}}", context) == "&lt;b&gt;&amp;&lt;/b&gt; <b>&</b> <b>&</b>")
    }

    @Test("padding inside a tag is ignored")
    func padding() throws {
        #expect(try render("|{{ v }}|{{{ v }}}|{{& v }}|", ["v": "-"]) == "|-|-|-|")
    }

    @Test("a boolean shows as true or false, a number in decimal")
    func booleansAndNumbers() throws {
        #expect(try render("{{yes}} {{no}} {{n}}", ["yes": true, "no": false, "n": 42]) == "true false 42")
    }

    @Test("a list, an object and a missing name show nothing")
    func nothing() throws {
        #expect(try render("[{{list}}][{{object}}][{{missing}}][{{{missing}}}]", ["list": ["a"], "object": ["a": "b"]])
                == "[][][][]")
    }

    @Test("{{.}} is the current context")
    func current() throws {
        #expect(try render("Language: {{.}}.", "Dutch") == "Language: Dutch.")
        #expect(try render("{{#names}}({{.}}){{/names}}", ["names": ["a", "<b>"]]) == "(a)(&lt;b&gt;)")
    }

    @Test("text without tags, braces included, renders as written")
    func plainText() throws {
        #expect(try render("A {single} brace, a } and a {\n") == "A {single} brace, a } and a {\n")
        #expect(try render("") == "")
    }

    @Test("an interpolation alone on its line keeps the line's whitespace")
    func neverStandalone() throws {
        #expect(try render("  {{v}}\n", ["v": "-"]) == "  -\n")
    }
}
