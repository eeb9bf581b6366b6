import Testing
import MPEPTemplates

@Suite("Sections and inverted sections")
struct SectionTests {
    @Test("a missing name, false and an empty list show nothing; the inverted section shows instead")
    func falsy() throws {
        for value: TemplateValue? in [nil, false, []] {
            let context: TemplateValue = value.map { ["x": $0] } ?? [:]
            #expect(try render("[{{#x}}shown{{/x}}|{{^x}}inverted{{/x}}]", context) == "[|inverted]")
        }
    }

    @Test("true shows the section once, without changing the context")
    func truthy() throws {
        #expect(try render("{{#ok}}{{name}}{{/ok}}{{^ok}}no{{/ok}}", ["ok": true, "name": "kept"]) == "kept")
        #expect(try render("{{#items}}{{#ok}}{{.}}{{/ok}}{{/items}}", ["ok": true, "items": ["a", "b"]]) == "ab")
    }

    @Test("a list shows the section once per element, with the element as context")
    func list() throws {
        let context: TemplateValue = ["models": .objects([["name": "A"], ["name": "B"]]), "name": "outer"]
        #expect(try render("{{#models}}<{{name}}>{{/models}}{{^models}}none{{/models}}", context) == "<A><B>")
        #expect(try render("{{#n}}{{.}},{{/n}}", ["n": [1, 2, 3]]) == "1,2,3,")
    }

    @Test("a text, even empty, shows the section once with the text as context")
    func text() throws {
        #expect(try render("{{#x}}[{{.}}]{{/x}}{{^x}}no{{/x}}", ["x": "value"]) == "[value]")
        #expect(try render("{{#x}}[{{.}}]{{/x}}{{^x}}no{{/x}}", ["x": ""]) == "[]")
    }

    @Test("an object shows the section once with the object as context, even when empty")
    func object() throws {
        #expect(try render("{{#lead}}Dear {{name}},{{/lead}}", ["lead": ["name": "Ana"]]) == "Dear Ana,")
        #expect(try render("{{#person}}shown{{/person}}{{^person}}no{{/person}}", ["person": [:]]) == "shown")
    }

    @Test("a list of lists iterates with {{#.}}")
    func nestedLists() throws {
        #expect(try render("{{#list}}({{#.}}{{.}}{{/.}}){{/list}}", ["list": [[1, 2], ["a", "b"]]]) == "(12)(ab)")
    }

    @Test("sections nest, and every context on the stack stays reachable")
    func nesting() throws {
        let context: TemplateValue = ["a": ["one": 1], "b": ["two": 2], "c": ["three": 3]]
        #expect(try render("{{#a}}{{#b}}{{#c}}{{one}}{{two}}{{three}}{{/c}}{{/b}}{{/a}}", context) == "123")
        #expect(try render("<{{#t}}1{{#t}}2{{/t}}3{{/t}}>", ["t": true]) == "<123>")
        #expect(try render("<{{^f}}1{{^f}}2{{/f}}3{{/f}}>", ["f": false]) == "<123>")
        #expect(try render("<{{#f}}1{{#t}}2{{/t}}3{{/f}}>", ["t": true, "f": false]) == "<>")
    }

    @Test("the root context itself can be a list")
    func rootList() throws {
        #expect(try render("{{#.}}({{value}}){{/.}}", .objects([["value": "a"], ["value": "b"]])) == "(a)(b)")
    }
}
