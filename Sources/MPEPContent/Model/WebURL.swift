/// Links from data become `href`s on the site, so only plain web addresses are accepted:
/// no `javascript:`, `data:` or `file:` and no spaces or control characters.
public enum WebURL {
    public static func isValid(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        guard let host = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty else { return false }
        return !text.unicodeScalars.contains {
            $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`"
                || $0.properties.generalCategory == .format
        }
    }
}
