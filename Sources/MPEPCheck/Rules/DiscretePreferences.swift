import MPEPContent

/// A `discrete` judge gives verdicts, not probabilities: 1, 1.5, 2, legacy 0, or null. A
/// fractional value from it means the file was produced by another judge or mislabelled.
/// (Values outside [1, 2] are already refused by the loader for every judge.)
enum DiscretePreferences: CheckRule {
    static let verdicts: Set<Double> = [0, 1, 1.5, 2]

    static func check(_ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in context.languages {
            for (judge, _, rows) in index.annotationFiles {
                guard context.judges[judge]?.preferenceKind == .discrete else { continue }
                for row in rows {
                    guard let preference = row.preference, !verdicts.contains(preference) else { continue }
                    found.append(.error(at: row.location,
                                        "\"preference\" must be 1, 1.5, 2, 0 or null for \(quoted(judge)), a discrete judge (\(ContentLayout.judge(judge))), found \(preference)"))
                }
            }
        }
        return found
    }
}
