/// Which translation a record's responses publish, who is credited and whether it counts as
/// reviewed (docs/content-format.md, "Translations from Argilla", is the rule in words).
///
/// - Only responses with status `submitted` and a non-blank value vote; drafts, discarded
///   responses and the machine suggestion never do.
/// - Texts that differ only in whitespace (runs collapsed, ends trimmed) are the same vote:
///   Argilla pre-fills the suggestion and translators often leave a trailing space or newline.
/// - The text with the most distinct translators wins; a tie goes to the text submitted first.
///   The published bytes are the first submission of the winning text.
/// - Credit: the translators who submitted the winning text, in the order of their responses.
///   Whoever submitted a text that lost is not credited: the published words are not theirs,
///   and crediting them as translators would count them as having reviewed it.
/// - Status: `reviewed` when at least two translators submitted the winning text (each read and
///   confirmed the other's), else `submitted`.
struct ArgillaVote: Equatable {
    var text: String
    var translators: [String]
    var reviewed: Bool
    /// Whether submitted texts differed (the command lists these prompts so a lead can look).
    var disputed: Bool

    /// Nil when no response is a submitted, non-blank text.
    init?(_ responses: [ArgillaRecord.Response]) {
        let submitted = responses.filter { $0.status == "submitted" && !Self.normalized($0.value).isEmpty }
        guard !submitted.isEmpty else { return nil }
        // Groups of the same text, in the order each text was first submitted.
        var groups: [(key: String, first: String, users: [String])] = []
        for response in submitted {
            let key = Self.normalized(response.value)
            if let i = groups.firstIndex(where: { $0.key == key }) {
                if !groups[i].users.contains(response.user) { groups[i].users.append(response.user) }
            } else {
                groups.append((key, response.value, [response.user]))
            }
        }
        let most = groups.map(\.users.count).max()!
        let winner = groups.first { $0.users.count == most }!
        text = winner.first
        translators = winner.users
        reviewed = winner.users.count >= 2
        disputed = groups.count > 1
    }

    /// Whitespace runs collapsed to one space, ends trimmed: how texts are compared with each
    /// other and with the source set.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
