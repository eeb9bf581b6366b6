import Testing
import MPEPTemplates

@Suite("Looking names up")
struct LookupTests {
    @Test("a name is looked up in the innermost section's context first, then outwards")
    func innermostFirst() throws {
        let context: TemplateValue = ["a": "outer a", "b": "outer b", "section": ["b": "inner b"]]
        #expect(try render("{{#section}}{{a}}, {{b}}{{/section}}", context) == "outer a, inner b")
    }

    @Test("only objects hold names: a text or list context is skipped")
    func onlyObjects() throws {
        let context: TemplateValue = ["name": "root", "items": ["x"]]
        #expect(try render("{{#items}}{{name}}:{{.}}{{/items}}", context) == "root:x")
    }

    @Test("a dotted name looks its first part up the stack and the rest inside the value found")
    func dotted() throws {
        let context: TemplateValue = ["site": ["title": "mpep"], "a": ["b": ["c": "deep"]]]
        #expect(try render("{{site.title}} {{a.b.c}}", context) == "mpep deep")
        #expect(try render("{{#a}}{{b.c}}{{/a}}", context) == "deep")
    }

    @Test("the rest of a dotted name never climbs the stack: the nearest first part decides")
    func dottedNeverClimbs() throws {
        let context: TemplateValue = ["a": ["b": [:]], "b": ["c": "wrong"]]
        #expect(try render("{{#a}}{{b.c}}{{/a}}", context) == "")
        #expect(try render("{{a.b.c}}", ["a": ["b": [:]], "c": "wrong"]) == "")
    }

    @Test("a broken chain shows nothing and is falsy")
    func brokenChain() throws {
        #expect(try render("[{{a.b.c}}][{{#a.b}}x{{/a.b}}][{{^a.b}}y{{/a.b}}]", ["a": [:]]) == "[][][y]")
        #expect(try render("[{{a.b}}]", ["a": "text"]) == "[]")
    }

    @Test("a key with a dot in it is never reached by a dotted name")
    func dottedKeys() throws {
        #expect(try render("[{{a.b}}]", ["a.b": "c"]) == "[]")
        #expect(try render("[{{a.b}}]", ["a.b": "c", "a": ["b": "d"]]) == "[d]")
    }

    @Test("dotted names work for sections and inverted sections")
    func dottedSections() throws {
        let context: TemplateValue = ["a": ["b": ["c": true, "d": false]]]
        #expect(try render("{{#a.b.c}}yes{{/a.b.c}}{{^a.b.d}}no{{/a.b.d}}", context) == "yesno")
    }
}
