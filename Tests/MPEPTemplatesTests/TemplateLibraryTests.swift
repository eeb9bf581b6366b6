import Testing
import MPEPTemplates

@Suite("Template library")
struct TemplateLibraryTests {
    @Test("templates are registered and found by name; an unknown name renders nil")
    func registry() throws {
        var library = TemplateLibrary()
        library.register(try Template("<h1>{{site.title}}</h1>"), named: "page")
        #expect(library.template(named: "page") != nil)
        #expect(library.template(named: "other") == nil)
        #expect(library.render("page", ["site": ["title": "mpep"]]) == "<h1>mpep</h1>")
        #expect(library.render("other", [:]) == nil)
    }

    @Test("registering a name again replaces the template, for partials too")
    func replace() throws {
        var library = TemplateLibrary()
        library.register(try Template("old"), named: "p")
        library.register(try Template("new"), named: "p")
        library.register(try Template("[{{> p}}]"), named: "page")
        #expect(library.render("page", [:]) == "[new]")
    }

    @Test("a template renders the same every time, from any number of tasks")
    func concurrent() async throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#items}}{{.}},{{/items}}"), named: "list")
        let frozen = library
        let outputs = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 { group.addTask { frozen.render("list", ["items": [1, 2, 3]]) } }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(outputs == Array(repeating: "1,2,3,", count: 8))
    }
}
