import Testing
import MPEPTemplates

@Suite("Set delimiters")
struct DelimiterTests {
    @Test("{{=<% %>=}} changes the delimiters for the rest of the template")
    func change() throws {
        #expect(try render("{{=<% %>=}}[<%name%>] {{name}}", ["name": "Dutch"]) == "[Dutch] {{name}}")
        #expect(try render("{{=( )=}}<(name)>", ["name": "Dutch"]) == "<Dutch>")
        #expect(try render("|{{= @   @ =}}|@v@", ["v": "x"]) == "||x")
    }

    @Test("the new delimiters hold inside and after sections, for every kind of tag")
    func sections() throws {
        let source = "{{=| |=}}|#s|<|v|>|/s||^f|no|/f||{v}| |&v| |! c |"
        #expect(try render(source, ["s": true, "f": false, "v": "&"]) == "<&amp;>no& & ")
    }

    @Test("delimiters set in a template do not reach its partials, nor the other way round")
    func partials() throws {
        let partials = ["p": "({{v}}{{=< >=}}<v>)"]
        #expect(try render("{{>p}}{{v}}\n{{=< >=}}\n<>p><v>{{v}}", ["v": "1"], partials: partials)
                == "(11)1\n(11)1{{v}}")
    }

    @Test("the way back: {{=<% %>=}} … <%={{ }}=%>")
    func back() throws {
        #expect(try render("{{=<% %>=}}<%v%><%={{ }}=%>{{v}}", ["v": "x"]) == "xx")
    }
}
