import MPEPContent

/// Every model that answered or was judged is described by `models/<id>.yml` (the site shows
/// its name and organization), and every judged model has answered in that language.
///
/// A missing description is reported once per language: on the model's outputs file, or, when
/// it has none there, on each of its annotation files. The reference is left to
/// ``ReferenceModel``.
enum DescribedModels: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in context.languages {
            for (model, _) in index.outputFiles
            where model != index.reference && !context.modelIds.contains(model) {
                found.append(.error(context.paths.outputs(index.code, model), undescribed(model)))
            }
            for (judge, model, _) in index.annotationFiles
            where model != index.reference && index.records.outputs[model] == nil {
                let path = context.paths.annotations(index.code, judge, model)
                found.append(.error(path, "\(quoted(model)) has annotations but no outputs in this language (\(ContentLayout.outputs(index.code, model)))"))
                if !context.modelIds.contains(model) {
                    found.append(.error(path, undescribed(model)))
                }
            }
        }
        return found
    }

    static func undescribed(_ model: String) -> String {
        "no \(ContentLayout.model(model)): every model with outputs or annotations needs one (name, organization, …)"
    }
}
