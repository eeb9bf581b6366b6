import MPEPContent

/// What a re-import does to a translation already in `languages/<code>/prompts.jsonl`: an
/// effort re-exports as translators keep working, and the repository follows the export, except
/// where a contributor changed a line by hand.
///
/// - **Same text** (whitespace aside): the line keeps its text byte for byte; its translators
///   become the export's credited ones, followed by any name on the line that is no translator of
///   the record in the export (a credit added by hand stays); its status becomes `reviewed` when
///   either says so (a review done outside Argilla is not undone).
/// - **Other text, from Argilla**: the line's text is one of the record's responses (any status),
///   or every translator on the line answered this record in the export (Argilla keeps only a
///   response's latest value, so a correction leaves no trace of the old text): the translation
///   was corrected in Argilla, so text, translators and status follow the export (hand-added names
///   kept), and the command says "text corrected".
/// - **Other text, by hand**: neither holds (a line written or credited by hand); the line is kept
///   as it is and the command names it. `--overwrite` replaces it like a correction.
///
/// Every rewritten line is listed with what changed, so a hand edit of an imported line's text
/// is never replaced unsaid: `--dry-run` shows it before anything is written.
///
/// Keys the line has beyond `id, prompt, translators, status` are kept, after those.
struct ArgillaSync {
    enum Outcome {
        case unchanged
        case updated(members: [(String, JSONScalar)], changes: [String])
        /// Kept as it is because its text was edited by hand.
        case keptEdited
    }

    var overwrite = false

    /// The members of a new translation line.
    static func members(id: String, text: String, translators: [String], reviewed: Bool) -> [(String, JSONScalar)] {
        [("id", .string(id)), ("prompt", .string(text)), ("translators", .strings(translators)),
         ("status", .string(reviewed ? "reviewed" : "submitted"))]
    }

    func outcome(existing: [JSONMember], id: String, vote: ArgillaVote, record: ArgillaRecord) -> Outcome {
        let oldText = ArgillaRecord.string(existing["prompt"]?.value) ?? ""
        let oldTranslators = Self.strings(existing["translators"]?.value)
        let oldStatus = ArgillaRecord.string(existing["status"]?.value) ?? "submitted"
        let exportUsers = Set(record.responses.map(\.user))
        let handAdded = oldTranslators.filter { !exportUsers.contains($0) && !vote.translators.contains($0) }

        var text = vote.text
        var reviewed = vote.reviewed
        var changes: [String] = []
        if ArgillaVote.normalized(oldText) == ArgillaVote.normalized(vote.text) {
            text = oldText
            reviewed = reviewed || oldStatus == "reviewed"
        } else {
            let known = record.responses.contains { ArgillaVote.normalized($0.value) == ArgillaVote.normalized(oldText) }
                || (!oldTranslators.isEmpty && oldTranslators.allSatisfy(exportUsers.contains))
            guard known || overwrite else { return .keptEdited }
            changes.append(known ? "text corrected in Argilla" : "text written by hand replaced (--overwrite)")
        }
        let translators = vote.translators + handAdded
        let status = reviewed ? "reviewed" : "submitted"
        if oldStatus != status { changes.append("status \(oldStatus) → \(status)") }
        let added = translators.filter { !oldTranslators.contains($0) }
        let removed = oldTranslators.filter { !translators.contains($0) }
        if !added.isEmpty { changes.append("translators + " + added.joined(separator: ", ")) }
        if !removed.isEmpty { changes.append("translators − " + removed.joined(separator: ", ")) }
        if added.isEmpty, removed.isEmpty, translators != oldTranslators { changes.append("translators reordered") }
        guard !changes.isEmpty else { return .unchanged }

        let own: Set<String> = ["id", "prompt", "translators", "status"]
        let members = Self.members(id: id, text: text, translators: translators, reviewed: reviewed)
            + existing.filter { !own.contains($0.key) }.map { ($0.key, JSONScalar.value($0.value)) }
        return .updated(members: members, changes: changes)
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { ArgillaRecord.string($0) }
    }
}
