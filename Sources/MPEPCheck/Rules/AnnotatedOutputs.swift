import MPEPContent

/// Each verdict compares two answers that are in the tree: the model's output and the
/// reference's output for the annotated prompt. A verdict on an answer that is not published
/// cannot be checked by anyone.
///
/// Only rows the other rules leave standing are looked at: an unknown id is ``KnownPromptIds``'
/// error, and a model or reference without any outputs file in the language is reported once
/// per file by ``DescribedModels`` and ``ReferenceModel`` rather than once per row.
enum AnnotatedOutputs: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in context.languages {
            let referenceIds = index.outputIds[index.reference]
            for (_, model, rows) in index.annotationFiles where model != index.reference {
                let modelIds = index.outputIds[model]
                for row in rows where index.translatedIds.contains(row.id) {
                    if let modelIds, !modelIds.contains(row.id) {
                        found.append(.error(at: row.location,
                                            "no output of \(quoted(model)) for \"id\" \(quoted(row.id)) in \(ContentLayout.outputs(index.code, model)): the verdict has no answer to refer to"))
                    }
                    if let referenceIds, !referenceIds.contains(row.id) {
                        found.append(.error(at: row.location,
                                            "no output of the reference \(quoted(index.reference)) for \"id\" \(quoted(row.id)) in \(ContentLayout.outputs(index.code, index.reference)): the verdict has no answer to compare with"))
                    }
                }
            }
        }
        return found
    }
}
