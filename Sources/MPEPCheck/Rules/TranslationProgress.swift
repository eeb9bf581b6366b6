import MPEPContent

/// A language's `target` and `status` agree with its translations, so the efforts table does
/// not show more than 100% or call an effort complete that is not. Warnings: the site still
/// builds, but the numbers it shows are odd.
enum TranslationProgress: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in context.languages {
            let info = index.language.info
            let path = context.paths.languageYML(index.code)
            let translated = index.language.prompts.count
            if info.target < translated {
                let line = info.keyLines["target"]
                // Loaded content without a `target:` line used the contract's default.
                let isDefault = line == nil && !info.keyLines.isEmpty
                let target = isDefault ? "\(info.target) (the default)" : "\(info.target)"
                found.append(.warning(path, line: line, column: column(line),
                                      "\"target\" is \(target), but \(translated) prompts are translated; raise the target"))
            }
            if info.status == .complete, translated < info.target {
                let line = info.keyLines["status"]
                found.append(.warning(path, line: line, column: column(line),
                                      "\"status\" is complete, but only \(translated) of the \(info.target) prompts of \"target\" are translated"))
            }
        }
        return found
    }
}
