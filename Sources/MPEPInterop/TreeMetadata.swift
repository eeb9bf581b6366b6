import Foundation
import Yams

/// Small reads and writes of the YAML metadata an import touches (site.yml, language.yml,
/// models/, judges/): only the few keys the import needs to compare, never a rewrite.
enum TreeMetadata {
    /// The top-level string values of a YAML mapping file, or nil when the file is absent.
    static func strings(_ url: URL) -> [String: String]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        guard let node = try? Yams.compose(yaml: text), let mapping = node.mapping else { return [:] }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            if let key = key.string, let scalar = value.scalar { values[key] = scalar.string }
        }
        return values
    }

    /// A YAML file from key–value pairs in the given order; strings are written as JSON string
    /// literals (valid YAML double-quoted scalars), so any name is safe to write.
    static func yaml(_ pairs: [(String, YAMLValue)]) -> String {
        pairs.map { key, value in key + ": " + value.text }.joined(separator: "\n") + "\n"
    }

    enum YAMLValue {
        case string(String)
        case plain(String)
        case list([String])

        var text: String {
            switch self {
            case .string(let s): return JSONLine.quoted(s)
            case .plain(let s): return s
            case .list(let items): return "[" + items.map(JSONLine.quoted).joined(separator: ", ") + "]"
            }
        }
    }
}
