/// Templates by name: the pages mpep renders and the partials (`{{> name}}`) they include.
///
///     var library = TemplateLibrary()
///     library.register(try Template("<li>{{name}}</li>"), named: "item")
///     library.register(try Template("<ul>{{#items}}{{> item}}{{/items}}</ul>"), named: "list")
///     library.render("list", ["items": [["name": "Dutch"]]])   // "<ul><li>Dutch</li></ul>"
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    public init() {}

    /// Registers `template` under `name`, replacing any template of that name.
    public mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders a registered template with HTML escaping (unless the template's pragma says
    /// otherwise); nil if there is no such template.
    public func render(_ name: String, _ context: TemplateValue) -> String? {
        templates[name].map { render($0, context, escaping: .html) }
    }

    /// Renders a template that is not registered (a maintainer's Markdown page), starting with
    /// `escaping`; partials come from the library and start with HTML escaping, as always.
    public func render(_ template: Template, _ context: TemplateValue, escaping: Escaping) -> String {
        var renderer = Renderer(library: self, context: context)
        renderer.render(template.nodes, Renderer.Scope(escaping: escaping.kind, indentation: ""))
        return renderer.output
    }
}
