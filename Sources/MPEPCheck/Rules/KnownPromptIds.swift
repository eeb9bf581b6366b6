import MPEPContent

/// Ids refer to prompts that exist: a translation to an English source prompt, an output or an
/// annotation to one of its language's translated prompts. A typo here would publish an answer
/// to a question nobody asked.
enum KnownPromptIds: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in context.languages {
            for row in index.language.prompts where !context.sourceIds.contains(row.id) {
                found.append(.error(at: row.location,
                                    "\"id\" \(quoted(row.id)) is not a prompt of the source set (prompts.jsonl); a translation keeps the id of the English prompt it translates"))
            }
            let translations = ContentLayout.translations(index.code)
            for (_, rows) in index.outputFiles {
                for row in rows where !index.translatedIds.contains(row.id) {
                    found.append(.error(at: row.location,
                                        "\"id\" \(quoted(row.id)) is not a translated prompt of this language (\(translations))"))
                }
            }
            for (_, _, rows) in index.annotationFiles {
                for row in rows where !index.translatedIds.contains(row.id) {
                    found.append(.error(at: row.location,
                                        "\"id\" \(quoted(row.id)) is not a translated prompt of this language (\(translations))"))
                }
            }
        }
        return found
    }
}
