import Foundation
import MPEPCommands
import MPEPSample

// mpep-bench: generates sample trees at small, medium and full size, builds each with the real
// pipeline in a child process, and prints per-stage wall time and peak memory; then Hugo and
// mpep on the same Markdown pages, and AlpacaEval's code and MPEPStats on the same annotations.
// `mpep-bench --help` prints its options.

let usage = """
    USAGE: mpep-bench [options]        per-stage time and peak memory of builds, Hugo, AlpacaEval
           mpep-bench coverage [--sizes 8,15,…] [--data-sets N] [--rounds N]
                                       the intervals' coverage study (docs/statistics.md)

      swift run -c release mpep-bench                      # everything
      swift run -c release mpep-bench --size small --no-hugo --no-oracle

    OPTIONS:
      --size small|medium|full  (repeatable; default all three)
      --no-build, --no-hugo, --no-oracle, --no-markdown
      --hugo-pages N            (default 1500)
      --rebuilds N              each incremental build (nothing changed, one output changed) N times
                                after the cold build, with their median (default 5)
      --work DIR                (kept; default a temporary folder, removed)
      --templates DIR           (default templates)
      --oracle-python PATH      (default /tmp/ae/bin/python)
      --oracle PATH             AlpacaEval's own code: alpaca_eval_oracle/oracle.py; without it only
                                mpep is timed
      --fixtures DIR            AlpacaEval result files, <suite>/<model>/annotations.json with
                                <suite>/expected.json; default Tests/Fixtures/alpaca_eval, the slice
                                in the repository; a full copy of them works too
      --real-answers DIR        also build each size with real answer text: the `output`s of the
                                AlpacaEval result files under DIR, e.g. a copy of AlpacaEval's
                                `results/` (see RealAnswers.swift)
      --answers auto|pages|bundles
                                site.yml's `answers:` for the trees; `pages` also lifts the size
                                budget, so today's layout can be measured at full size
      -h, --help                this text
    """

var arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--help" || arguments.first == "-h" {
    print(usage)
    exit(0)
}

// The coverage study of docs/statistics.md: a table of its own, nothing else run.
if arguments.first == "coverage" {
    exit(CoverageTable.run(arguments: Array(arguments.dropFirst())))
}

// Child modes: one measured job each, started by the parent below.
if arguments.first == "--child-build", arguments.count == 5 {
    exit(BuildBenchmark.runChild(content: arguments[1], templates: arguments[2], output: arguments[3], result: arguments[4]))
}
if arguments.first == "--child-markdown", arguments.count == 4 {
    exit(MarkdownLockComparison.runChild(file: arguments[1], index: Int(arguments[2]) ?? 0, count: Int(arguments[3]) ?? 1))
}
if arguments.first == "--child-pages", arguments.count == 3 {
    exit(HugoComparison.runMPEPChild(folder: arguments[1], templates: arguments[2]))
}

var sizes: [BenchSize] = []
var runBuilds = true, runHugo = true, runOracle = true, runMarkdown = true
var hugoPages = 1500
var rebuilds = 5
var work: URL?
var templates = "templates"
var python = "/tmp/ae/bin/python"
var oracle: String?
var fixtures = "Tests/Fixtures/alpaca_eval"
var realAnswers: URL?
var answerLayout: String?
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else { print("mpep-bench: \(flag) needs a value"); exit(2) }
        return arguments.removeFirst()
    }
    switch flag {
    case "--size":
        let name = value()
        guard let size = BenchSize.all.first(where: { $0.name == name }) else {
            print("mpep-bench: unknown size \(name) (small, medium, full)"); exit(2)
        }
        sizes.append(size)
    case "--no-build": runBuilds = false
    case "--no-hugo": runHugo = false
    case "--no-oracle": runOracle = false
    case "--no-markdown": runMarkdown = false
    case "--hugo-pages": hugoPages = Int(value()) ?? hugoPages
    case "--rebuilds":
        guard let count = Int(value()), count >= 1 else { print("mpep-bench: --rebuilds needs a whole number ≥ 1"); exit(2) }
        rebuilds = count
    case "--work": work = URL(fileURLWithPath: value())
    case "--templates": templates = URL(fileURLWithPath: value()).path
    case "--oracle-python": python = value()
    case "--oracle": oracle = URL(fileURLWithPath: value()).path
    case "--fixtures": fixtures = URL(fileURLWithPath: value()).path
    case "--real-answers": realAnswers = URL(fileURLWithPath: value())
    case "--answers":
        let layout = value()
        guard ["auto", "pages", "bundles"].contains(layout) else { print("mpep-bench: --answers auto|pages|bundles"); exit(2) }
        answerLayout = layout
    default:
        print("mpep-bench: unknown option \(flag) (mpep-bench --help lists them)")
        exit(2)
    }
}
if sizes.isEmpty { sizes = BenchSize.all }
let layout = answerLayout
templates = URL(fileURLWithPath: templates).path

let keep = work != nil
let root = work ?? FileManager.default.temporaryDirectory.appendingPathComponent("mpep-bench-\(getpid())")
try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
let log = root.appendingPathComponent("bench.log")
print(Machine.describe() + "; " + Allocator.description)
print("Work folder: \(root.path)\(keep ? "" : " (removed at the end)"); child output in \(log.path)")

/// Generates a size's tree once (reused when the work folder is kept); with `real`, its answers
/// are real text (`RealAnswers`). `--answers` goes into its site.yml and its folder's name.
func tree(_ size: BenchSize, real: [String]? = nil) -> URL {
    let name = size.name + (real == nil ? "" : "-real") + (layout.map { "-" + $0 } ?? "")
    let content = root.appendingPathComponent("\(name)/content")
    if FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yml").path) { return content }
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        try SampleTree.generate(size.spec, into: content)
        if let real { try RealAnswers.replace(in: content, corpus: real) }
        if let layout {
            let site = content.appendingPathComponent("site.yml")
            var yml = try String(contentsOf: site, encoding: .utf8)
            yml += "answers: \(layout)\n" + (layout == "pages" ? "budget_bytes: 100000000000\n" : "")
            try yml.write(to: site, atomically: true, encoding: .utf8)
        }
    } catch {
        print("mpep-bench: cannot generate \(name): \(error)"); exit(1)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("Generated \(size.label)\(real == nil ? "" : " with real answers") in \(seconds.fixed(1)) s")
    return content
}

/// The real answers' corpus, read once when `--real-answers` is given.
let corpus: [String]? = realAnswers.map { folder in
    do {
        let texts = try RealAnswers.corpus(from: folder)
        print("Real answers: \(texts.count) from \(folder.path)")
        return texts
    } catch {
        print("mpep-bench: \(error)"); exit(2)
    }
}

if runBuilds {
    for size in sizes {
        for real in [nil] + (corpus.map { [$0] } ?? []) {
            let content = tree(size, real: real)
            let folder = content.deletingLastPathComponent()
            let output = folder.appendingPathComponent("site")
            // Cold means cold: no site and no cache from an earlier run in a kept work folder.
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".mpep-cache"))
            print("Build \(size.label)\(real == nil ? "" : " with real answers"):")
            fflush(nil)
            guard let cold = BuildBenchmark.measure(content: content, templates: templates, output: output, log: log) else {
                print("  cold build failed; see \(log.path)"); continue
            }
            BuildBenchmark.printResult("cold", cold)
            BuildBenchmark.printSize(cold)
            // One incremental build is one sample of a noisy machine: each kind runs `rebuilds` times.
            var unchanged: [BuildResult] = [], edited: [BuildResult] = []
            for run in 1...rebuilds {
                if let again = BuildBenchmark.measure(content: content, templates: templates, output: output, log: log) {
                    BuildBenchmark.printResult("again, nothing changed (\(run) of \(rebuilds))", again)
                    unchanged.append(again)
                }
            }
            for run in 1...rebuilds {
                if OneFileEdit.apply(in: content),
                   let result = BuildBenchmark.measure(content: content, templates: templates, output: output, log: log) {
                    BuildBenchmark.printResult("one output changed (\(run) of \(rebuilds))", result)
                    edited.append(result)
                }
            }
            BuildBenchmark.printSpread("nothing changed", unchanged)
            BuildBenchmark.printSpread("one output changed", edited)
            fflush(nil)
        }
    }
}
if runHugo {
    let source = tree(BenchSize.all[1])
    if let pages = HugoComparison.pages(from: source, limit: hugoPages) {
        HugoComparison.run(pages: pages, folder: root.appendingPathComponent("pages"), templates: templates, log: log)
    }
}
if runMarkdown {
    let texts = MarkdownLockComparison.texts(from: tree(BenchSize.all[1]), limit: 20_000)
    MarkdownLockComparison.run(texts, folder: root.appendingPathComponent("markdown"), log: log)
    fflush(nil)
}
if runOracle {
    let source = tree(BenchSize.all[1])
    let folder = root.appendingPathComponent("oracle")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    FixtureComparison.run(fixtures: URL(fileURLWithPath: fixtures), python: python, oracle: oracle, folder: folder, log: log)
    if let set = OracleComparison.annotations(from: source) {
        OracleComparison.run(set, folder: folder.appendingPathComponent("medium"), python: python, oracle: oracle, log: log)
    }
}
if !keep { try? FileManager.default.removeItem(at: root) }
