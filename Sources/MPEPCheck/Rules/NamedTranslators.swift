import MPEPContent

/// Every Argilla user id in a language's `translators` lists has a name in its translators.yml.
/// A warning, not an error: the site still builds and
/// shows an unmapped id as "anonymous translator N", never the id itself, but the person who
/// translated goes uncredited until a lead adds their name.
enum NamedTranslators: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in context.languages {
            let language = index.language
            let names = language.translatorNames
            let shown = names.displayNames(for: language.prompts)
            var reported = Set<String>()
            for prompt in language.prompts {
                for id in prompt.translators where names.names[id] == nil && TranslatorNames.isArgillaUserId(id) {
                    guard reported.insert(id).inserted else { continue }
                    found.append(.warning(prompt.location.path, line: prompt.location.line,
                                          "translator \"\(id)\" is an Argilla user id without a name in \(context.paths.display(ContentLayout.translatorNames(index.code))); pages show it as \"\(shown[id] ?? id)\""))
                }
            }
        }
        return found
    }
}
