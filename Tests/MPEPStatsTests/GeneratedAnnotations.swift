import Foundation
@testable import MPEPStats

/// Small generated annotation sets, the same on every machine (SplitMix64), for checks against the
/// AlpacaEval oracle on data unlike the fixture: nulls, legacy 0, exact draws, near-separable judges.
///
/// To regenerate the oracle's figures, run the tests with `MPEP_STATS_GENERATED_DIR=/tmp/dir`: the
/// generated sets are written there as `<name>/annotations.json`, then
/// `python oracle.py --batch /tmp/dir --folds modulo`.
struct GeneratedAnnotations: Sendable {
    let name: String
    let preferences: [Double?]
    let referenceLengths: [Int]
    let modelLengths: [Int]

    /// `rows` rows whose preference follows a logistic model in the length difference (`slope`) plus
    /// `quality`; `discrete` rounds to 1/2, and a share of rows becomes null, legacy 0 or an exact draw.
    static func make(name: String, seed: UInt64, rows: Int, quality: Double, slope: Double,
                     discrete: Bool, nullShare: Double = 0.04, drawShare: Double = 0.03) -> GeneratedAnnotations {
        var rng = SplitMix64(seed: seed)
        var prefs: [Double?] = []
        var refs: [Int] = []
        var models: [Int] = []
        for _ in 0..<rows {
            let ref = 200 + rng.next(upperBound: 1800)
            let model = 50 + rng.next(upperBound: 2500)
            let z = quality + slope * Double(model - ref) / 800 + 0.8 * rng.nextGaussian()
            let p = 1 / (1 + _exp(-z))
            let u = rng.nextUnit()
            let preference: Double?
            if u < nullShare {
                preference = nil
            } else if u < nullShare + drawShare {
                preference = rng.next(upperBound: 2) == 0 ? 0 : 1.5
            } else if discrete {
                preference = rng.nextUnit() < p ? 2 : 1
            } else {
                preference = 1 + p
            }
            prefs.append(preference)
            refs.append(ref)
            models.append(model)
        }
        return GeneratedAnnotations(name: name, preferences: prefs, referenceLengths: refs, modelLengths: models)
    }

    static let all: [GeneratedAnnotations] = [
        make(name: "gen-weighted", seed: 1, rows: 300, quality: -0.6, slope: 1.2, discrete: false),
        make(name: "gen-discrete", seed: 2, rows: 120, quality: 0.3, slope: 2.5, discrete: true),
        make(name: "gen-separable", seed: 3, rows: 60, quality: 9, slope: 0.2, discrete: true,
             nullShare: 0, drawShare: 0),
    ]

    /// A text of `length` code points mixing one- and two-scalar characters ("e" + combining accent).
    static func text(_ length: Int) -> String {
        var s = String(repeating: "e\u{301}", count: length / 2)
        if length % 2 == 1 { s += "x" }
        return s
    }

    /// The set as AlpacaEval's annotations.json.
    func json() throws -> Data {
        let rows: [[String: Any]] = preferences.indices.map { i in
            [
                "instruction": "prompt \(i)",
                "output_1": Self.text(referenceLengths[i]),
                "output_2": Self.text(modelLengths[i]),
                "generator_1": "reference",
                "generator_2": name,
                "annotator": "generated",
                "preference": preferences[i].map { $0 as Any } ?? NSNull(),
            ]
        }
        return try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])
    }

    /// Writes every set under `MPEP_STATS_GENERATED_DIR` when that variable is set.
    static func writeIfRequested() throws {
        guard let dir = ProcessInfo.processInfo.environment["MPEP_STATS_GENERATED_DIR"] else { return }
        for set in all {
            let folder = URL(fileURLWithPath: dir).appendingPathComponent(set.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try set.json().write(to: folder.appendingPathComponent("annotations.json"))
        }
    }
}
