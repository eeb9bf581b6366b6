import Foundation
import MPEPParallel
import MPEPStats

/// `mpep-bench coverage`: the coverage study of docs/statistics.md, rerun and printed as its table.
///
///     swift run -c release mpep-bench coverage                  # 1,000 data sets per n, 1,000 rounds
///     swift run mpep-bench coverage --data-sets 300 --rounds 400 --sizes 8,30
///
/// Every data set is generated from its own seed (`CoverageStudy.data`), so the table is the same
/// on every machine and run, in parallel or not.
enum CoverageTable {
    static let defaultSizes = [8, 15, 30, 60, 120, 500]

    static func run(arguments: [String]) -> Int32 {
        var sizes = defaultSizes, dataSets = 999, rounds = 1000
        var rest = arguments
        while !rest.isEmpty {
            let flag = rest.removeFirst()
            guard let value = rest.first else { print("mpep-bench coverage: \(flag) needs a value"); return 2 }
            rest.removeFirst()
            switch flag {
            case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
            case "--data-sets": dataSets = Int(value) ?? dataSets
            case "--rounds": rounds = Int(value) ?? rounds
            default: print("mpep-bench coverage: unknown option \(flag) (--sizes, --data-sets, --rounds)"); return 2
            }
        }
        let study = CoverageStudy(rounds: rounds)
        let scenarios = CoverageStudy.scenarios
        let truths = scenarios.map(\.trueWinRate)
        let perScenario = max(1, dataSets / scenarios.count)
        print("Coverage of 95% intervals: \(perScenario) data sets per scenario and n, \(rounds) bootstrap rounds each")
        for (s, scenario) in scenarios.enumerated() {
            print("  scenario \(s + 1): \(scenario.name): true win rate \(truths[s].fixed(1)), true LC \(scenario.trueLC.fixed(1))")
        }
        print("")
        print("| n | win rate, percentile bootstrap | win rate, score (Wilson) | LC, percentile bootstrap | LC, bias-corrected bootstrap | flat LC fits | mean width: WR percentile / WR score / LC percentile / LC BC |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for n in sizes {
            let start = DispatchTime.now().uptimeNanoseconds
            let jobs = scenarios.indices.flatMap { s in (0..<perScenario).map { (s, UInt64($0)) } }
            let outcomes = ParallelMap.map(jobs) { s, r in
                study.outcome(scenarios[s], n: n, replicate: r, trueWinRate: truths[s])
            }
            let row = CoverageStudy.Row(n: n, outcomes)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("| \(n) | \(row.winRatePercentile.fixed(1)) % | \(row.winRateScore.fixed(1)) % | "
                + "\(row.lcPercentile.fixed(1)) % | \(row.lcBiasCorrected.fixed(1)) % | \(row.lcFlatShare.fixed(1)) % | "
                + "\(row.winRatePercentileWidth.fixed(1)) / \(row.winRateScoreWidth.fixed(1)) / "
                + "\(row.lcPercentileWidth.fixed(1)) / \(row.lcBiasCorrectedWidth.fixed(1)) |"
                + "  (\(seconds.fixed(1)) s)")
            fflush(nil)
        }
        return 0
    }
}
