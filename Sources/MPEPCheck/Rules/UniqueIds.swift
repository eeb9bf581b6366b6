import MPEPContent

/// Ids are unique within a file: the source set, each translation file, each model's outputs
/// and each judge's annotations of a model. A second row with the same id would count twice
/// on a leaderboard, or silently replace the first.
enum UniqueIds: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found = duplicates(context.content.sourcePrompts.lazy.map { ($0.id, $0.location) })
        for index in context.languages {
            found += duplicates(index.language.prompts.lazy.map { ($0.id, $0.location) })
            for (_, rows) in index.outputFiles {
                found += duplicates(rows.lazy.map { ($0.id, $0.location) })
            }
            for (_, _, rows) in index.annotationFiles {
                found += duplicates(rows.lazy.map { ($0.id, $0.location) })
            }
        }
        return found
    }

    /// One error per repeated row, naming the line where the id first appeared.
    static func duplicates<Rows: Sequence>(_ rows: Rows) -> [Diagnostic] where Rows.Element == (String, SourceLocation) {
        var firstLine: [String: Int] = [:]
        var found: [Diagnostic] = []
        for (id, location) in rows {
            if let first = firstLine[id] {
                found.append(.error(at: location,
                                    "duplicate \"id\" \(quoted(id)): already used on line \(first); ids must be unique in a file"))
            } else {
                firstLine[id] = location.line
            }
        }
        return found
    }
}
