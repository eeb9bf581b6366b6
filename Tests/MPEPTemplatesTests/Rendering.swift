import MPEPTemplates

/// Renders `source` over `context` with `partials` registered, as a maintainer's page would be
/// (a template that is not registered), escaping with `escaping`.
func render(_ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:],
            escaping: Escaping = .html) throws -> String {
    var library = TemplateLibrary()
    for (name, partial) in partials {
        library.register(try Template(partial), named: name)
    }
    return library.render(try Template(source), context, escaping: escaping)
}

/// The error `source` is refused with, nil if it parses.
func parseError(_ source: String) -> TemplateError? {
    do {
        _ = try Template(source)
        return nil
    } catch {
        return error
    }
}
