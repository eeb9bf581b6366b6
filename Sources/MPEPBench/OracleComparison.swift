import Foundation
import MPEPContent
import MPEPStats

/// AlpacaEval's own code and MPEPStats on the same annotations: one language's primary-judge
/// verdicts, every model against the reference, written as AlpacaEval `annotations.json` files.
/// Both compute the win rate, its standard error and the length-controlled win rate (GLM
/// `length_controlled_minimal`); mpep also the bootstrap intervals of both. The oracle's time is
/// its own `total_seconds` (pandas and scikit-learn imports excluded), mpep's its steps in this process.
enum OracleComparison {
    struct Set {
        var models: [String]
        var preferences: [[Double?]]
        var modelOutputs: [[String]]
        var referenceOutputs: [String]
        var prompts: [String]
    }

    /// The first language of the tree with its primary judge's annotations, rows in prompt order.
    static func annotations(from contentRoot: URL) -> Set? {
        guard let content = ContentLoader(root: contentRoot, displayRoot: "content").load().content,
              let language = content.languages.first, let records = language.loaded else { return nil }
        let reference = content.reference(for: language.info)
        guard let referenceRows = records.outputs[reference],
              let byModel = records.annotations[content.site.judge] else { return nil }
        let referenceText = Dictionary(referenceRows.map { ($0.id, $0.output) }, uniquingKeysWith: { a, _ in a })
        var set = Set(models: [], preferences: [], modelOutputs: [], referenceOutputs: [], prompts: [])
        let ids = language.prompts.map(\.id).filter { referenceText[$0] != nil }
        set.prompts = ids
        set.referenceOutputs = ids.map { referenceText[$0]! }
        for model in byModel.keys.sorted() where model != reference {
            guard let rows = records.outputs[model] else { continue }
            let text = Dictionary(rows.map { ($0.id, $0.output) }, uniquingKeysWith: { a, _ in a })
            let verdicts = Dictionary(byModel[model]!.map { ($0.id, $0.preference) }, uniquingKeysWith: { a, _ in a })
            set.models.append(model)
            set.modelOutputs.append(ids.map { text[$0] ?? "" })
            set.preferences.append(ids.map { verdicts[$0] ?? nil })
        }
        return set
    }

    static func run(_ set: Set, folder: URL, python: String, oracle: String?, log: URL) {
        let modelLengths = set.modelOutputs.map { $0.map(codePointLength) }
        let referenceLengths = set.referenceOutputs.map(codePointLength)
        // Best of three: the first call also pays for page faults.
        var mpepSeconds = Double.infinity
        for _ in 0..<3 {
            let timing = StatsBenchmark.run(preferences: set.preferences, modelLengths: modelLengths,
                                            referenceLengths: referenceLengths, withDifficulty: false,
                                            bootstrap: Bootstrap(rounds: 1000, seed: 1))
            mpepSeconds = min(mpepSeconds, timing.total)
        }
        print("Statistics: \(set.models.count) models × \(set.prompts.count) annotations (win rate, SE, LC minimal; "
              + "mpep also the paired 95 % intervals of both, 1,000 bootstrap rounds)")
        print("  mpep (MPEPStats): \((mpepSeconds * 1000).fixed(1)) ms")
        guard let oracle = Self.available(python: python, oracle: oracle) else { return }
        let fm = FileManager.default
        try? fm.removeItem(at: folder)
        for (m, model) in set.models.enumerated() {
            let dir = folder.appendingPathComponent("batch/\(model)")
            try? fm.createDirectory(at: dir, withIntermediateDirectories: true)
            let rows: [[String: Any]] = set.prompts.indices.map { i in
                ["instruction": set.prompts[i], "output_1": set.referenceOutputs[i], "output_2": set.modelOutputs[m][i],
                 "generator_1": "reference", "generator_2": model, "annotator": "sample",
                 "preference": set.preferences[m][i].map { $0 as Any } ?? NSNull()]
            }
            if let data = try? JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys]) {
                try? data.write(to: dir.appendingPathComponent("annotations.json"))
            }
        }
        guard let (seconds, models, run) = runOracle(batch: folder.appendingPathComponent("batch"),
                                                     output: folder.appendingPathComponent("oracle.json"),
                                                     python: python, oracle: oracle, log: log) else { return }
        var largestGap = 0.0
        for (m, model) in set.models.enumerated() {
            guard let row = models[model], let lc = row["lc_minimal_winrate"] as? Double,
                  let wr = row["win_rate"] as? Double else { continue }
            let ours = lengthControlledWinRate(preferences: set.preferences[m], modelLengths: modelLengths[m],
                                               referenceLengths: referenceLengths).winRate
            largestGap = max(largestGap, abs(ours - lc), abs(headToHead(set.preferences[m]).winRate - wr))
        }
        print("  AlpacaEval 0.6.6 (oracle.py, own timer): \((seconds * 1000).fixed(0)) ms; process \(run.seconds.fixed(1)) s")
        print("  mpep is \((seconds / mpepSeconds).fixed(0))× faster; largest difference in win rate or LC: \(largestGap) points")
    }

    /// The oracle script when it and its Python are there; otherwise prints why AlpacaEval is not
    /// timed and returns nil. The oracle (AlpacaEval's own code at pinned versions) is a developer's
    /// tool outside the repository: `--oracle PATH/oracle.py`, its venv `--oracle-python`.
    static func available(python: String, oracle: String?) -> String? {
        guard let oracle, FileManager.default.fileExists(atPath: oracle) else {
            print("  AlpacaEval: not timed (give --oracle PATH/alpaca_eval_oracle/oracle.py)")
            return nil
        }
        guard FileManager.default.isExecutableFile(atPath: python) else {
            print("  AlpacaEval: no Python at \(python) (--oracle-python; a venv with the oracle's "
                  + "requirements-oracle.txt installed, e.g. python3 -m venv /tmp/ae && /tmp/ae/bin/pip install -r …)")
            return nil
        }
        return oracle
    }

    /// Runs `oracle.py --batch DIR --folds modulo`; its own timer, each model's figures, and the process.
    static func runOracle(batch: URL, output: URL, python: String, oracle: String, log: URL)
        -> (seconds: Double, models: [String: [String: Any]], process: Measured)? {
        let script = "import subprocess,sys; sys.stdout.flush(); "
            + "open(sys.argv[1],'wb').write(subprocess.run([sys.executable]+sys.argv[2:],capture_output=True).stdout)"
        let run = Measured.run(python, ["-c", script, output.path, oracle, "--batch", batch.path, "--folds", "modulo"],
                               log: log)
        guard run.status == 0, let data = try? Data(contentsOf: output),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let seconds = json["total_seconds"] as? Double,
              let models = json["models"] as? [String: [String: Any]] else {
            print("  AlpacaEval: failed (status \(run.status)); see \(log.path)")
            return nil
        }
        return (seconds, models, run)
    }
}
