/// `languages/<code>/translators.yml`: the names the site shows for the ids in a language's
/// `translators` lists.
///
/// Argilla exports credit translators by user id (a UUID), not by name, and the community
/// knows them by their Hugging Face username. The file maps one to the other:
///
///     # Argilla user id: the name to show (the Hugging Face username)
///     5f0c1d2e-8a4b-4c7e-9f10-2b3c4d5e6f70: anna-nl
///
/// No page shows an Argilla user id: an unmapped one is shown as "anonymous translator N", N
/// counting the language's unmapped ids in the order they first appear in its prompts.jsonl
/// (so the same file always gives the same numbers), and `mpep check` warns about it. Any
/// other entry (a name written by hand) is shown as it is.
public struct TranslatorNames: Sendable, Equatable {
    /// Display name by translator id.
    public var names: [String: String]
    /// The line of each id in translators.yml.
    public var keyLines: [String: Int]

    public init(names: [String: String] = [:], keyLines: [String: Int] = [:]) {
        self.names = names
        self.keyLines = keyLines
    }

    /// Whether an entry has the shape of an Argilla user id (a UUID, `8-4-4-4-12` hex digits):
    /// those are never shown on a page.
    public static func isArgillaUserId(_ id: String) -> Bool {
        let groups = id.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// What the site shows for each translator id of `prompts` (mapped name, "anonymous
    /// translator N" for an unmapped Argilla id, else the entry itself).
    public func displayNames(for prompts: [Translation]) -> [String: String] {
        var shown: [String: String] = [:]
        var anonymous = 0
        for prompt in prompts {
            for id in prompt.translators where shown[id] == nil {
                if let name = names[id] {
                    shown[id] = name
                } else if Self.isArgillaUserId(id) {
                    anonymous += 1
                    shown[id] = "anonymous translator \(anonymous)"
                } else {
                    shown[id] = id
                }
            }
        }
        return shown
    }
}
