import Foundation
import MPEPContent
import MPEPInterop
import MPEPParallel
import MPEPStats

/// AlpacaEval's own code and MPEPStats on AlpacaEval's real result files
/// (`--fixtures DIR`, default the repository's slice `Tests/Fixtures/alpaca_eval/<suite>/<model>/annotations.json`),
/// model by model: the oracle
/// computes win rate, standard error and LC (`length_controlled_minimal`, its standard error from
/// the GLM); mpep computes the same and, in the same timed span, the 95 % bootstrap intervals of
/// the win rate and the LC (`bootstrap_rounds` 1,000, the default), on all cores as the rank stage
/// does. Best of three for mpep.
enum FixtureComparison {
    struct Model {
        var name: String
        var preferences: [Double?]
        var modelLengths: [Int]
        var referenceLengths: [Int]
    }

    static func models(suite: URL) -> [Model] {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: suite.path)) ?? []).sorted()
        return names.compactMap { name -> Model? in
            let file = suite.appendingPathComponent("\(name)/annotations.json")
            guard let rows = try? AlpacaEvalFiles.readAnnotations(file, displayPath: file.lastPathComponent) else {
                return nil
            }
            return Model(name: name, preferences: rows.map(\.preference),
                         modelLengths: rows.map { codePointLength($0.output2 ?? "") },
                         referenceLengths: rows.map { codePointLength($0.output1 ?? "") })
        }
    }

    struct Timing {
        var pointEstimates = 0.0
        var intervals = 0.0
        var total: Double { pointEstimates + intervals }
    }

    /// Every model's figures, then every model's intervals, each on all cores as the rank stage does
    /// (models in parallel), timed; the figures for the comparison.
    static func measure(_ models: [Model], rounds: Int) -> (Timing, [String: (winRate: Double, lc: Double)]) {
        let clock = StatsBenchmark.monotonicSeconds
        let start = clock()
        let figures = ParallelMap.map(models) { model in
            (headToHead(model.preferences), lengthControlledWinRate(
                preferences: model.preferences, modelLengths: model.modelLengths,
                referenceLengths: model.referenceLengths))
        }
        let middle = clock()
        // Models of one language share their resamples (a paired bootstrap), drawn once per row count.
        let bootstrap = Bootstrap(rounds: rounds, seed: 1)
        let counts = Set(models.map(\.preferences.count)).sorted()
        let drawn = Dictionary(uniqueKeysWithValues: zip(counts, ParallelMap.map(counts) { bootstrap.resamples(prompts: $0) }))
        let intervals = ParallelMap.map(Array(models.indices)) { m in
            let model = models[m]
            let resamples = drawn[model.preferences.count]!
            return (bootstrap.winRateIntervals([model.preferences], resamples: resamples)[0],
                    bootstrap.lengthControlledIntervals(
                        preferences: [model.preferences], modelLengths: [model.modelLengths],
                        referenceLengths: model.referenceLengths, fits: [figures[m].1], resamples: resamples)[0])
        }
        let end = clock()
        if intervals.contains(where: { $0.0.low.isInfinite || $0.1.low.isInfinite }) { print("") }   // keeps them alive
        let byName = Dictionary(uniqueKeysWithValues: zip(models.map(\.name), figures.map { ($0.0.winRate, $0.1.winRate) }))
        return (Timing(pointEstimates: middle - start, intervals: end - middle), byName)
    }

    static func run(fixtures: URL, python: String, oracle: String?, folder: URL, log: URL) {
        let suites = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { FileManager.default.fileExists(atPath: fixtures.appendingPathComponent("\($0)/expected.json").path) }
            .sorted()
        guard !suites.isEmpty else {
            print("AlpacaEval fixtures: none at \(fixtures.path) (--fixtures DIR: <suite>/expected.json and <suite>/<model>/)")
            return
        }
        for suite in suites {
            let dir = fixtures.appendingPathComponent(suite)
            let models = models(suite: dir)
            let rows = models.map(\.preferences.count).max() ?? 0
            var best = Timing()
            best.pointEstimates = .infinity
            best.intervals = .infinity
            var figures: [String: (winRate: Double, lc: Double)] = [:]
            for _ in 0..<3 {
                let (timing, f) = measure(models, rounds: 1000)
                if timing.total < best.total { best = timing }
                figures = f
            }
            print("AlpacaEval fixture \(suite): \(models.count) models × \(rows) annotations "
                  + "(win rate, SE, LC minimal, 95 % intervals of both from 1,000 bootstrap rounds)")
            print("  mpep (MPEPStats): \((best.total * 1000).fixed(1)) ms "
                  + "(figures \((best.pointEstimates * 1000).fixed(1)) ms, intervals \((best.intervals * 1000).fixed(1)) ms)")
            guard let oracle = OracleComparison.available(python: python, oracle: oracle) else { continue }
            guard let (seconds, oracleModels, process) = OracleComparison.runOracle(
                batch: dir, output: folder.appendingPathComponent("\(suite).json"),
                python: python, oracle: oracle, log: log) else { continue }
            var largestGap = 0.0
            for (name, ours) in figures {
                guard let row = oracleModels[name], let lc = row["lc_minimal_winrate"] as? Double,
                      let wr = row["win_rate"] as? Double else { continue }
                largestGap = max(largestGap, abs(ours.lc - lc), abs(ours.winRate - wr))
            }
            print("  AlpacaEval 0.6.6 (oracle.py, own timer, no intervals): \((seconds * 1000).fixed(0)) ms; "
                  + "process \(process.seconds.fixed(1)) s")
            print("  mpep is \((seconds / best.total).fixed(1))× faster with intervals; "
                  + "largest difference in win rate or LC: \(largestGap) points")
        }
    }
}
