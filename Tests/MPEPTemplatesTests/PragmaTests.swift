import Testing
import MPEPTemplates

/// `{{% CONTENT_TYPE: NAME }}` sets how `{{value}}` escapes from that point to the end of its
/// template, sections included; a partial always starts with HTML.
@Suite("Content type pragma")
struct PragmaTests {
    let context: TemplateValue = ["v": "<*x*>", "t": true]

    @Test("the pragma switches escaping from its own position on, inside sections too")
    func fromThereOn() throws {
        #expect(try render("{{v}} {{% CONTENT_TYPE: MARKDOWN }}{{v}} {{#t}}{{v}}{{/t}}", context)
                == "&lt;*x*&gt; &lt;\\*x\\*&gt; &lt;\\*x\\*&gt;")
    }

    @Test("a pragma inside a section holds after the section closes, as the template goes on")
    func positional() throws {
        #expect(try render("{{#t}}{{% CONTENT_TYPE: MARKDOWN }}{{/t}}{{v}}", ["t": false, "v": "*"]) == "\\*")
    }

    @Test("raw values stay raw whatever the pragma")
    func raw() throws {
        #expect(try render("{{% CONTENT_TYPE: MARKDOWN }}{{{v}}}{{&v}}", context) == "<*x*><*x*>")
    }

    @Test("a partial starts with HTML escaping, whatever its includer uses")
    func partials() throws {
        let partials = ["p": "[{{v}}]"]
        #expect(try render("{{% CONTENT_TYPE: MARKDOWN }}{{v}}{{> p}}", context, partials: partials) == "&lt;\\*x\\*&gt;[&lt;*x*&gt;]")
        #expect(try render("{{v}}{{> p}}", context, partials: partials, escaping: .markdown) == "&lt;\\*x\\*&gt;[&lt;*x*&gt;]")
    }

    @Test("a partial's own pragma does not leak into its includer")
    func partialPragma() throws {
        let partials = ["md": "{{% CONTENT_TYPE: MARKDOWN }}{{v}}"]
        #expect(try render("{{> md}}|{{v}}", context, partials: partials) == "&lt;\\*x\\*&gt;|&lt;*x*&gt;")
    }

    @Test("a maintainer's page starts with the escaping it is given, and a pragma can switch back to HTML")
    func startingEscaping() throws {
        #expect(try render("{{v}}", context, escaping: .markdown) == "&lt;\\*x\\*&gt;")
        #expect(try render("{{v}}{{% CONTENT_TYPE: HTML }}{{v}}", context, escaping: .markdown) == "&lt;\\*x\\*&gt;&lt;*x*&gt;")
    }

    @Test("a registered template rendered by name starts with HTML, unless its pragma says otherwise")
    func byName() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{v}}"), named: "page")
        library.register(try Template("{{% CONTENT_TYPE: MARKDOWN }}\n{{v}}"), named: "readme")
        #expect(library.render("page", context) == "&lt;*x*&gt;")
        #expect(library.render("readme", context) == "&lt;\\*x\\*&gt;")
    }
}
