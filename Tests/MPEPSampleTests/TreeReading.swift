import Foundation
import TestSupport

/// Reading generated trees back, the way a test (not the generator) sees them.
enum TreeReading {
    /// Every regular file under `root`, by path relative to it.
    static func files(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            result[String(path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
        }
        return result
    }

    /// The JSON objects of a JSONL file; nil for a line that is not one.
    static func lines(_ data: Data) -> [[String: Any]?] {
        data.split(separator: UInt8(ascii: "\n")).map {
            try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]
        }
    }

    /// Preferences of one annotation file, in file order (nil = no verdict).
    static func preferences(_ data: Data) -> [Double?] {
        lines(data).map { $0?["preference"] as? Double }
    }

    /// AlpacaEval's win rate in percent: the mean of `preference − 1` over non-null verdicts.
    static func winRate(_ preferences: [Double?]) -> Double {
        let shares = preferences.compactMap { $0 }.map { $0 - 1 }
        return 100 * shares.reduce(0, +) / Double(shares.count)
    }

    static func isValidID(_ id: String) -> Bool {
        id.range(of: "^[a-z0-9][a-z0-9._-]*$", options: .regularExpression) != nil
    }
}
