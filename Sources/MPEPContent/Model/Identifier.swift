/// Ids that become folder or file names: language codes, model ids, judge ids.
///
/// They are checked before any path is built from them, so that no id from a pull request
/// can name a file outside its folder (`..`, `/`, absolute paths, hidden files).
public enum Identifier {
    /// The documented rule: `^[a-z0-9][a-z0-9._-]*$`, and not more than 100 characters.
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= maxLength, isLowerAlnum(first) else { return false }
        return bytes.dropFirst().allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
            && !id.contains("..")
    }

    public static let maxLength = 100
    public static let rule = "^[a-z0-9][a-z0-9._-]*$ (at most 100 characters, no \"..\")"

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
