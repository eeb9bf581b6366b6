/// Decoders for the YAML files of the content contract. Each reads its keys, reports what is
/// wrong, and warns about keys the contract does not know.
///
/// A model, judge or language file with a bad field still gives its value, with a stand-in for
/// the field (the id for a missing name, `active` for a bad status): the field's error stops the
/// build, so a stand-in is never published, and the checker can go on to judge the files that
/// refer to it (reporting "no models/<id>.yml" for a file that exists would send the contributor
/// looking for the wrong problem).
enum MetadataDecoding {
    static func site(_ f: inout YAMLFields) -> SiteConfig? {
        let title = f.string("title", required: true)
        let description = f.string("description") ?? ""
        var baseURL = f.string("base_url") ?? "/"
        let reference = f.identifier("reference", required: true)
        let judge = f.identifier("judge", required: true)
        let lengthControl = f.choice("length_control", SiteConfig.LengthControl.self) ?? .minimal
        let rounds = f.int("bootstrap_rounds", range: 0...100_000) ?? 1000
        let seed = f.int("seed", range: 0...Int.max) ?? 0
        let minimumPrompts = f.int("minimum_prompts", range: 1...1_000_000) ?? SiteConfig.defaultMinimumPrompts
        let notice = f.string("notice")
        let answers = f.choice("answers", SiteConfig.AnswerLayout.self) ?? .auto
        let budget = SiteBudget(bytes: f.int("budget_bytes", range: 1...1_000_000_000_000) ?? SiteBudget.defaultBytes,
                                files: f.int("budget_files", range: 1...10_000_000) ?? SiteBudget.defaultFiles,
                                fileBytes: f.int("budget_file_bytes", range: 1...1_000_000_000_000) ?? SiteBudget.defaultFileBytes)
        f.warnUnknownKeys()
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        guard let title, let reference, let judge else { return nil }
        var site = SiteConfig(title: title, description: description, baseURL: baseURL, reference: reference,
                              judge: judge, lengthControl: lengthControl, bootstrapRounds: rounds,
                              seed: UInt64(seed), minimumPrompts: minimumPrompts, notice: notice)
        site.answers = answers
        site.budget = budget
        site.keyLines = f.keyLines
        return site
    }

    static func model(id: String, _ f: inout YAMLFields) -> ModelInfo {
        let name = f.string("name", required: true)
        let organization = f.string("organization") ?? ""
        let url = f.webURL("url")
        let license = f.string("license")
        let parameters = f.number("parameters")
        let openWeights = f.bool("open_weights") ?? false
        let mode = f.choice("mode", ModelInfo.Mode.self) ?? .community
        f.warnUnknownKeys()
        return ModelInfo(id: id, name: name ?? id, organization: organization, url: url, license: license,
                         parameters: parameters, openWeights: openWeights, mode: mode)
    }

    static func judge(id: String, _ f: inout YAMLFields) -> JudgeInfo {
        let name = f.string("name", required: true)
        let model = f.string("model")
        let kind = f.choice("kind", JudgeInfo.Kind.self) ?? .llm
        let preferenceKind = f.choice("preference_kind", JudgeInfo.PreferenceKind.self) ?? .weighted
        let notes = f.string("notes")
        f.warnUnknownKeys()
        return JudgeInfo(id: id, name: name ?? id, model: model, kind: kind, preferenceKind: preferenceKind, notes: notes)
    }

    /// translators.yml: every key is a translator id, every value the name to show.
    static func translatorNames(_ f: inout YAMLFields) -> TranslatorNames {
        var names = TranslatorNames()
        for entry in f.stringEntries() {
            names.names[entry.key] = entry.value
            names.keyLines[entry.key] = entry.line
        }
        return names
    }

    static func language(code: String, _ f: inout YAMLFields) -> LanguageInfo {
        let name = f.string("name", required: true)
        let nativeName = f.string("native_name", required: true)
        let direction = f.choice("direction", LanguageInfo.Direction.self) ?? .ltr
        let status = f.choice("status", LanguageInfo.Status.self, required: true)
        let leads = f.stringList("leads") ?? []
        let space = f.webURL("space")
        let dashboard = f.webURL("dashboard")
        let dataset = f.webURL("dataset")
        let reference = f.identifier("reference")
        let target = f.int("target", range: 1...1_000_000) ?? 500
        f.warnUnknownKeys()
        var info = LanguageInfo(code: code, name: name ?? code, nativeName: nativeName ?? code, direction: direction,
                                status: status ?? .active,
                                leads: leads, space: space, dashboard: dashboard, dataset: dataset,
                                reference: reference, target: target)
        info.keyLines = f.keyLines
        return info
    }
}
