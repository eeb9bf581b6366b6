import MPEPContent

/// Names shown in tables and headings must not carry bidirectional embeddings, overrides or
/// isolates (U+202A–U+202E, U+2066–U+2069): one such character reorders what follows it, so a
/// model's name can be made to read as another's, or a row's figures to look swapped.
/// Right-to-left names need none of them (the site sets `dir` per language); the marks
/// U+200E and U+200F, which do not reorder, are allowed.
enum DirectionalOverrides: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func inspect(_ text: String, _ field: String, _ path: String, line: Int? = nil) {
            guard let scalar = text.unicodeScalars.first(where: isDirectionalControl) else { return }
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
            found.append(.warning(path, line: line, column: column(line),
                "\"\(field)\" contains \(code) (\(scalar.properties.name ?? "a directional control")), which reorders the text around it wherever it is shown; remove it"))
        }
        let site = context.content.site
        inspect(site.title, "title", context.paths.site, line: site.keyLines["title"])
        for model in context.content.models {
            let path = context.paths.display(ContentLayout.model(model.id))
            inspect(model.name, "name", path)
            inspect(model.organization, "organization", path)
        }
        for judge in context.content.judges {
            inspect(judge.name, "name", context.paths.display(ContentLayout.judge(judge.id)))
        }
        for index in context.languages {
            let info = index.language.info
            let path = context.paths.languageYML(info.code)
            inspect(info.name, "name", path, line: info.keyLines["name"])
            inspect(info.nativeName, "native_name", path, line: info.keyLines["native_name"])
            for lead in info.leads { inspect(lead, "leads", path, line: info.keyLines["leads"]) }
        }
        return found
    }

    static func isDirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
