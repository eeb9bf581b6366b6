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
