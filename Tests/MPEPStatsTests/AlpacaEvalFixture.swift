import Foundation
import TestSupport

/// One model's AlpacaEval files under `Tests/Fixtures/alpaca_eval`, reduced to what the statistics need.
struct AlpacaEvalModel: Sendable {
    let suite: String
    let name: String
    /// Preferences in file order (nil = null).
    let preferences: [Double?]
    /// Code-point lengths of the reference's (`output_1`) and the model's (`output_2`) outputs, row by row.
    let referenceLengths: [Int]
    let modelLengths: [Int]
    /// Code-point lengths of every output in `model_outputs.json`.
    let outputLengths: [Int]
    /// The numeric figures AlpacaEval computed for this model (`expected.json`, folds = modulo).
    let expected: [String: Double]

    func expectedDouble(_ key: String) -> Double? { expected[key] }
    func expectedInt(_ key: String) -> Int? { expected[key].map { Int($0) } }
}

enum AlpacaEvalFixture {
    static let suites = ["ae1", "ae2"]

    /// All fixture models (8: two AlpacaEval 1.0, six 2.0), read once.
    static let models: [AlpacaEvalModel] = {
        let root = Fixtures.alpacaEval
        return suites.flatMap { suite in load(suite: suite, root: root) }
    }()

    static func model(_ suite: String, _ name: String) -> AlpacaEvalModel? {
        models.first { $0.suite == suite && $0.name == name }
    }

    private static func json(_ url: URL) -> Any {
        try! JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    private static func load(suite: String, root: URL) -> [AlpacaEvalModel] {
        let dir = root.appendingPathComponent(suite)
        let expected = (json(dir.appendingPathComponent("expected.json")) as! [String: Any])["models"]
            as! [String: [String: Any]]
        return expected.keys.sorted().map { name in
            let modelDir = dir.appendingPathComponent(name)
            let rows = json(modelDir.appendingPathComponent("annotations.json")) as! [[String: Any]]
            let outputs = json(modelDir.appendingPathComponent("model_outputs.json")) as! [[String: Any]]
            return AlpacaEvalModel(
                suite: suite, name: name,
                preferences: rows.map { ($0["preference"] as? NSNumber)?.doubleValue },
                referenceLengths: rows.map { codePoints($0["output_1"]) },
                modelLengths: rows.map { codePoints($0["output_2"]) },
                outputLengths: outputs.map { codePoints($0["output"]) },
                expected: expected[name]!.compactMapValues { ($0 as? NSNumber)?.doubleValue })
        }
    }

    private static func codePoints(_ value: Any?) -> Int {
        (value as? String)?.unicodeScalars.count ?? 0
    }
}

/// |a − b| ≤ tolerance · max(|a|, |b|), with exact equality accepted (zeros).
func relativelyClose(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
    guard let a, let b else { return false }
    return a == b || abs(a - b) <= tolerance * max(abs(a), abs(b))
}
