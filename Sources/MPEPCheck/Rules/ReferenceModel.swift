import MPEPContent

/// The reference every language compares against is described, has answered wherever
/// something was judged against it, and is not itself judged against itself.
enum ReferenceModel: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let site = context.content.site
        if !context.modelIds.contains(site.reference) {
            found.append(.error(context.paths.site, line: site.keyLines["reference"], column: column(site.keyLines["reference"]),
                                undescribed(site.reference)))
        }
        for index in context.languages {
            let info = index.language.info
            if let override = info.reference, !context.modelIds.contains(override) {
                let line = info.keyLines["reference"]
                found.append(.error(context.paths.languageYML(index.code), line: line, column: column(line),
                                    undescribed(override)))
            }
            let judged = index.annotationFiles.filter { $0.model != index.reference }
            if !judged.isEmpty, index.records.outputs[index.reference] == nil {
                found.append(.error(context.paths.outputs(index.code, index.reference),
                                    "missing outputs of the reference \(quoted(index.reference)): this language has annotations, which compare each model's output with the reference's"))
            }
            for (judge, model, _) in index.annotationFiles where model == index.reference {
                found.append(.warning(context.paths.annotations(index.code, judge, model),
                                      "annotations of the reference \(quoted(model)) against itself are ignored"))
            }
        }
        return found
    }

    static func undescribed(_ model: String) -> String {
        "\"reference\" names \(quoted(model)), but there is no \(ContentLayout.model(model))"
    }
}

/// Column 1 for a YAML key found on a line (top-level keys start there), nil without a line.
func column(_ line: Int?) -> Int? { line == nil ? nil : 1 }
