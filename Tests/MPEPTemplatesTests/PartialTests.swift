import Testing
import MPEPTemplates

@Suite("Partials")
struct PartialTests {
    @Test("{{> name}} renders the registered template of that name in the current context")
    func basic() throws {
        let partials = ["row": "<td>{{name}}</td>"]
        #expect(try render("<tr>{{#models}}{{> row}}{{/models}}</tr>", ["models": .objects([["name": "A"], ["name": "B"]])], partials: partials)
                == "<tr><td>A</td><td>B</td></tr>")
        #expect(try render("|{{>row}}|", ["name": "x"], partials: partials) == "|<td>x</td>|")
    }

    @Test("a missing partial renders nothing")
    func missing() throws {
        #expect(try render("\"{{>nothing}}\"") == "\"\"")
    }

    @Test("a partial may include itself, down a tree")
    func recursion() throws {
        let partials = ["family": "{{name}}({{#children}}{{>family}}{{/children}})"]
        let tree: TemplateValue = ["name": "Indo-European", "children": [
            ["name": "Germanic", "children": [["name": "Dutch", "children": []]]],
            ["name": "Slavic", "children": []],
        ]]
        #expect(try render("{{>family}}", tree, partials: partials) == "Indo-European(Germanic(Dutch())Slavic())")
    }

    @Test("partials nest at most 64 deep: a partial that includes itself forever stops there")
    func recursionGuard() throws {
        #expect(try render("{{>loop}}", partials: ["loop": "x{{>loop}}"]) == String(repeating: "x", count: 64))
    }

    @Test("a standalone partial's indentation starts each of its lines, but not lines of inserted values")
    func indentation() throws {
        let partials = ["pre": "<pre>\n{{{code}}}, {{{code}}}\n</pre>\n"]
        #expect(try render("<div>\n    {{> pre}}\n</div>\n", ["code": "a\nb"], partials: partials)
                == "<div>\n    <pre>\n    a\nb, a\nb\n    </pre>\n</div>\n")
    }

    @Test("indentation also starts lines inside the partial's sections, once per element")
    func indentationInSections() throws {
        let partials = ["list": "<ul>\n{{#items}}\n<li>{{.}}</li>\n{{/items}}\n</ul>\n"]
        #expect(try render("<nav>\n  {{> list}}\n</nav>\n", ["items": ["a", "b"]], partials: partials)
                == "<nav>\n  <ul>\n  <li>a</li>\n  <li>b</li>\n  </ul>\n</nav>\n")
    }

    @Test("a line of an indented partial that starts with a tag is indented too, even if the tag shows nothing")
    func indentationBeforeTags() throws {
        let partials = ["p": "{{#no}}hidden{{/no}}end\n{{v}}\n"]
        #expect(try render("  {{> p}}\n", ["no": false, "v": "V"], partials: partials) == "  end\n  V\n")
    }

    @Test("nested standalone partials add up their indentation")
    func nestedIndentation() throws {
        let partials = ["outer": "o\n  {{> inner}}\n", "inner": "i1\ni2\n"]
        #expect(try render("  {{> outer}}\n", partials: partials) == "  o\n    i1\n    i2\n")
    }

    @Test("a partial inside a line is not indented, and its surroundings are kept")
    func inline() throws {
        #expect(try render("  {{v}} {{> two}}\n", ["v": "x"], partials: ["two": "1\n2"]) == "  x 1\n2\n")
        #expect(try render("[ {{>tabs}} ]", partials: ["tabs": "\t.\t"]) == "[ \t.\t ]")
    }

    @Test("a standalone partial line needs no newline before or after it")
    func standaloneEdges() throws {
        let partials = ["two": "1\n2"]
        #expect(try render("\t{{> two}}\nend", partials: partials) == "\t1\n\t2end")
        #expect(try render("start\n {{> two}}", partials: partials) == "start\n 1\n 2")
        #expect(try render("a\r\n{{> one}}\r\nb", partials: ["one": "1"]) == "a\r\n1b")
    }
}
