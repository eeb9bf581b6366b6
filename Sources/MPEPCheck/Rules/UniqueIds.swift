import MPEPContent

/// Ids are unique within a file: the source set, each translation file, each model's outputs
/// and each judge's annotations of a model. A second row with the same id would count twice
/// on a leaderboard, or silently replace the first.
enum UniqueIds: CheckRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found = duplicates(context.content.sourcePrompts, distinct: context.sourceIds.count)
        for index in context.languages {
            found += duplicates(index.language.prompts, distinct: index.translatedIds.count)
            for (model, rows) in index.outputFiles {
                found += duplicates(rows, distinct: index.outputIds[model]?.count)
            }
            for (_, _, rows) in index.annotationFiles {
                found += duplicates(rows, distinct: nil)
            }
        }
        return found
    }

    /// One error per repeated row, naming the line where the id first appeared.
    ///
    /// `distinct`, when the index already counted the file's ids, skips the common case of a
    /// file without repeats.
    static func duplicates<Row: LocatedRecord>(_ rows: [Row], distinct: Int?) -> [Diagnostic] {
        if let distinct, distinct == rows.count { return [] }
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(rows.count)
        var found: [Diagnostic] = []
        for row in rows {
            if let first = firstLine[row.id] {
                found.append(.error(at: row.location,
                                    "duplicate \"id\" \(quoted(row.id)): already used on line \(first); ids must be unique in a file"))
            } else {
                firstLine[row.id] = row.location.line
            }
        }
        return found
    }
}

/// A JSONL record with an id and the line it was read from.
protocol LocatedRecord {
    var id: String { get }
    var location: SourceLocation { get }
}

extension SourcePrompt: LocatedRecord {}
extension Translation: LocatedRecord {}
extension ModelOutput: LocatedRecord {}
extension Annotation: LocatedRecord {}
