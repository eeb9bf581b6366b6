import MPEPContent

/// A full-size content tree built in memory (no disk), to show the check stays linear:
/// every language translates every prompt, every model answers every one, one judge judges
/// every model but the reference.
enum LargeContent {
    static func make(languages: Int = 20, models: Int = 50, prompts: Int = 500) -> Content {
        let promptIds = (1...prompts).map { "mpep-\($0)" }
        let modelIds = ["ref"] + (1..<models).map { "model-\($0)" }
        let source = promptIds.enumerated().map { line, id in
            SourcePrompt(id: id, prompt: "Prompt \(id)", location: SourceLocation(path: "content/prompts.jsonl", line: line + 1))
        }
        let codes = (0..<languages).map { "l\($0)" }
        let langs = codes.map { code in
            let base = "content/languages/\(code)"
            let translations = promptIds.enumerated().map { line, id in
                Translation(id: id, prompt: "T \(id)", location: SourceLocation(path: base + "/prompts.jsonl", line: line + 1))
            }
            var outputs: [String: [ModelOutput]] = [:]
            var annotations: [String: [Annotation]] = [:]
            for model in modelIds {
                outputs[model] = promptIds.enumerated().map { line, id in
                    ModelOutput(id: id, output: "answer", location: SourceLocation(path: base + "/outputs/\(model).jsonl", line: line + 1))
                }
                guard model != "ref" else { continue }
                annotations[model] = promptIds.enumerated().map { line, id in
                    Annotation(id: id, preference: line % 3 == 0 ? 1.5 : 1.75,
                               location: SourceLocation(path: base + "/annotations/judge/\(model).jsonl", line: line + 1))
                }
            }
            return LanguageContent(info: LanguageInfo(code: code, name: code, nativeName: code, target: prompts),
                                   prompts: translations, outputs: outputs, annotations: ["judge": annotations])
        }
        return Content(site: SiteConfig(title: "Large", reference: "ref", judge: "judge"), sourcePrompts: source,
                       models: modelIds.map { ModelInfo(id: $0, name: $0) }, judges: [JudgeInfo(id: "judge", name: "Judge")],
                       languages: langs)
    }
}
