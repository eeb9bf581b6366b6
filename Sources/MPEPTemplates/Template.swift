/// A Mustache template, parsed once and rendered many times.
///
/// Logic-less, after the Mustache spec's core modules (interpolation, sections, inverted
/// sections, comments, set delimiters, partials), plus one pragma, `{{% CONTENT_TYPE: MARKDOWN }}`
/// or `HTML`, which sets how the rest of the template escapes `{{value}}`.
/// Template inheritance and dynamic partial names are not supported and refused when parsing,
/// as are malformed tags, so a template that loads always renders.
///
///     let page = try Template("<h1>{{site.title}}</h1>{{#models}}<p>{{name}}</p>{{/models}}")
public struct Template: Sendable {
    let nodes: [Node]

    public init(_ source: String) throws(TemplateError) {
        var parser = Parser(source)
        nodes = try parser.parse()
    }
}

extension Template {
    /// The names of the partials the template includes (`{{> name}}`), so a library can check at
    /// load that each exists instead of rendering nothing for a misspelled one.
    public var partialNames: Set<String> {
        var names: Set<String> = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _): names.insert(name)
                case .section(_, let children), .inverted(_, let children): walk(children)
                case .text, .lineStart, .value: break
                }
            }
        }
        walk(nodes)
        return names
    }
}
