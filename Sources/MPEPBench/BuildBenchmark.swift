import Foundation
import MPEPCommands
import MPEPSample

/// A tree size the benchmark generates and builds.
struct BenchSize: Sendable {
    var name: String
    var spec: SampleTreeSpec

    static let all = [
        BenchSize(name: "small", spec: SampleTreeSpec(languages: 4, models: 8, prompts: 50, judges: 3, seed: 1)),
        BenchSize(name: "medium", spec: SampleTreeSpec(languages: 10, models: 20, prompts: 200, judges: 3, seed: 1)),
        // The project at full scale (issue 5): 20 languages × 50 models × 500 prompts.
        BenchSize(name: "full", spec: SampleTreeSpec(languages: 20, models: 50, prompts: 500, judges: 3, seed: 1)),
    ]

    var label: String {
        "\(name) (\(spec.languages)×\(spec.models)×\(spec.prompts), \(spec.judges) judges)"
    }
}

/// What one build in a child process reports back: the pipeline's own stage timings and the
/// child's peak memory, as a small JSON file (stdout stays free for the build's messages).
struct BuildResult: Codable {
    var stages: [String]
    var seconds: [Double]
    var files: Int
    var bytes: Int
    var peakBytes: Int
    var wall: Double
    var rankedLanguages: Int
    var renderedLanguages: Int
    var outlinedLanguages: Int
    var reusedPages: Int
    /// The site's size by kind of file (`SiteSize.lines`) and whether answers were bundled.
    var sizeLines: [String] = []
    var bundledAnswers = false

    var total: Double { seconds.reduce(0, +) }
}

enum BuildBenchmark {
    /// The child side: one real build, then the result file. Exits non-zero when the build fails.
    static func runChild(content: String, templates: String, output: String, result: String) -> Int32 {
        let start = DispatchTime.now().uptimeNanoseconds
        let pipeline = Pipeline(paths: Pipeline.Paths(content: content, templates: templates, output: output, readme: nil))
        do {
            let report = try pipeline.build()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let outcome = BuildResult(stages: report.timings.map(\.stage), seconds: report.timings.map(\.seconds),
                                      files: report.files, bytes: report.bytes, peakBytes: Measured.ownPeakBytes(),
                                      wall: wall, rankedLanguages: report.rankedLanguages.count,
                                      renderedLanguages: report.renderedLanguages.count,
                                      outlinedLanguages: report.outlinedLanguages.count,
                                      reusedPages: report.reusedPages, sizeLines: report.size?.lines ?? [],
                                      bundledAnswers: report.bundledAnswers)
            try JSONEncoder().encode(outcome).write(to: URL(fileURLWithPath: result))
            return 0
        } catch {
            FileHandle.standardError.write(Data("build failed: \(error)\n".utf8))
            return 1
        }
    }

    /// The parent side: builds `content` into `output` in a child and reads its result.
    static func measure(content: URL, templates: String, output: URL, log: URL) -> BuildResult? {
        let resultFile = output.deletingLastPathComponent().appendingPathComponent("result-\(UUID().uuidString).json")
        let run = Measured.run(Measured.selfExecutable,
                               ["--child-build", content.path, templates, output.path, resultFile.path], log: log)
        guard run.status == 0, let data = try? Data(contentsOf: resultFile),
              var result = try? JSONDecoder().decode(BuildResult.self, from: data) else { return nil }
        try? FileManager.default.removeItem(at: resultFile)
        result.peakBytes = max(result.peakBytes, run.peakBytes)
        return result
    }

    static func printResult(_ label: String, _ result: BuildResult) {
        let stages = zip(result.stages, result.seconds).map { "\($0) \($1.fixed(2)) s" }.joined(separator: ", ")
        print("  \(label): \(result.total.fixed(2)) s in stages [\(stages)], process \(result.wall.fixed(2)) s, "
              + "peak \(result.peakBytes.megabytes), \(result.files) files, \(result.bytes / 1_048_576) MB, "
              + "\(result.rankedLanguages) languages ranked and \(result.renderedLanguages) rendered afresh, "
              + "\(result.outlinedLanguages) read in outline, \(result.reusedPages) of their pages reused")
    }

    /// The median and range of several builds of one kind, in stage time and process time.
    static func printSpread(_ label: String, _ results: [BuildResult]) {
        guard !results.isEmpty else { return }
        func spread(_ values: [Double]) -> String {
            let sorted = values.sorted()
            let middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            return "median \(median.fixed(2)) s (\(sorted.first!.fixed(2))–\(sorted.last!.fixed(2)) s)"
        }
        print("  \(label), \(results.count) builds: stages \(spread(results.map(\.total))), "
              + "process \(spread(results.map(\.wall)))")
    }

    /// The site's size by kind, after a cold build.
    static func printSize(_ result: BuildResult) {
        print("    answers \(result.bundledAnswers ? "in compressed bundles" : "in their prompt pages"); "
              + result.sizeLines.joined(separator: "; "))
    }
}
