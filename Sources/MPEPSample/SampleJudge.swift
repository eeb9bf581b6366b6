import MPEPStats

/// A fictional judge and how it turns a latent comparison into an AlpacaEval preference.
public struct SampleJudge: Sendable, Equatable {
    /// How a judge reports its verdict.
    public enum PreferenceKind: String, Sendable {
        /// A probability in [1, 2], like AlpacaEval 2's logprob-weighted judge.
        case weighted
        /// 1, 2, or a 1.5 draw.
        case discrete
    }

    public let id: String
    public let name: String
    public let model: String
    /// `llm` or `human`.
    public let kind: String
    public let preferenceKind: PreferenceKind
    public let notes: String
    /// β in `β·tanh((len_model − len_ref)/lengthScale)`: how much a longer answer sways the judge.
    public let lengthBias: Double
    /// Standard deviation of the judge's own noise on the logit scale.
    public let noise: Double
    /// How sure the judge is of its verdicts: the logit it reports is `decisiveness · (logit + noise)`.
    /// Real LLM judges are confident: AlpacaEval 2's weighted judge puts nine verdicts in ten within
    /// 0.1 of 1 or 2 (docs/statistics.md, "Calibration of the sample data").
    public let decisiveness: Double
    /// Share of verdicts that are `null`.
    public let nullRate: Double
    /// For discrete judges: how often a close call is reported as a 1.5 draw; for weighted
    /// judges: the share of verdicts that are exactly 1.5 (AlpacaEval 2's judge gives a few).
    public let drawRate: Double
    /// Share of a covered language's prompts the judge sees (humans see a subset).
    public let promptCoverage: Double

    public static let primaryID = "sample-judge"

    /// The primary judge: weighted, confident and length-biased like AlpacaEval 2's
    /// `weighted_alpaca_eval_gpt4_turbo`: ~0.3% nulls, ~0.4% exact draws.
    public static let primary = SampleJudge(
        id: primaryID, name: "Sample Judge (weighted)", model: "Sample Judge LLM (fictional)",
        kind: "llm", preferenceKind: .weighted,
        notes: "Fictional LLM judge of the sample data; reports the probability that the model's answer is better, in [1, 2].",
        lengthBias: Calibration.lengthBias, noise: 0.6, decisiveness: Calibration.decisiveness,
        nullRate: 0.003, drawRate: 0.004, promptCoverage: 1)

    /// A second LLM judge with discrete verdicts, for judge-agreement statistics; its draws and
    /// nulls are as frequent as AlpacaEval 1's discrete judge's (~2.4% and ~0.4%).
    public static let strict = SampleJudge(
        id: "sample-judge-strict", name: "Sample Judge (strict)", model: "Sample Judge LLM (fictional)",
        kind: "llm", preferenceKind: .discrete,
        notes: "Fictional LLM judge of the sample data; answers 1, 2 or a 1.5 draw.",
        lengthBias: Calibration.lengthBias, noise: 0.8, decisiveness: Calibration.decisiveness,
        nullRate: 0.004, drawRate: Calibration.strictDrawRate, promptCoverage: 1)

    /// Human annotators: no length bias, noisier and less sure, more draws, on most prompts of
    /// some languages (enough for a table of 30 or more prompts in each).
    public static let human = SampleJudge(
        id: "sample-human", name: "Sample Annotators (human)", model: "Sample annotator pool (fictional)",
        kind: "human", preferenceKind: .discrete,
        notes: "Fictional human annotations of the sample data, on about four fifths of the prompts in about half of the languages.",
        lengthBias: 0, noise: 1.0, decisiveness: 1.5, nullRate: 0.02, drawRate: 0.35, promptCoverage: 0.8)

    /// `count` judges: primary, strict, human, then generated LLM judges alternating weighted/discrete.
    public static func lineup(count: Int) -> [SampleJudge] {
        var judges = Array([primary, strict, human].prefix(max(count, 1)))
        var index = 4
        while judges.count < count {
            let weighted = index % 2 == 0
            judges.append(SampleJudge(
                id: "sample-judge-\(index)", name: "Sample Judge \(index) (fictional)",
                model: "Sample Judge LLM \(index) (fictional)", kind: "llm",
                preferenceKind: weighted ? .weighted : .discrete,
                notes: "Generated fictional LLM judge for benchmarks.",
                lengthBias: Calibration.lengthBias * (0.5 + 0.15 * Double(index % 5)), noise: 0.7,
                decisiveness: Calibration.decisiveness, nullRate: 0.003,
                drawRate: weighted ? 0.004 : Calibration.strictDrawRate, promptCoverage: 1))
            index += 1
        }
        return judges
    }

    /// Whether this judge sees language `code` at all: LLM judges see every language, humans
    /// about half of them, chosen by the code alone so that adding a language never changes
    /// which others have human annotations (ru, ar, es, he, el, pt, sv, bg, sk, tl, vi, yue).
    func covers(language code: String) -> Bool {
        kind != "human" || SampleRandom.unit(0x5EED, "annotators", code) < 0.5
    }

    /// Turns the judge's view of a comparison (`logit`, after its length bias, before its own
    /// noise) into a preference: nil (no verdict), 1…2 (weighted) or 1, 1.5, 2 (discrete).
    func preference(logit: Double, rng: inout SplitMix64) -> Double? {
        let seen = logit + noise * rng.nextGaussian()
        let u = rng.nextUnit()
        let v = rng.nextUnit()
        if u < nullRate { return nil }
        let p = logistic(decisiveness * seen)
        switch preferenceKind {
        case .weighted:
            return v < drawRate ? 1.5 : 1 + p
        case .discrete:
            // A close call (an even chance before the judge's confidence) is reported as a draw
            // more often than a clear one.
            let even = logistic(seen)
            if v < drawRate * 4 * even * (1 - even) { return 1.5 }
            return rng.nextUnit() < p ? 2 : 1
        }
    }

    /// The `judges/<id>.yml` text, keys in contract order.
    var yaml: String {
        YAMLText.document([
            ("name", YAMLText.quoted(name)),
            ("model", YAMLText.quoted(model)),
            ("kind", YAMLText.quoted(kind)),
            ("preference_kind", YAMLText.quoted(preferenceKind.rawValue)),
            ("notes", YAMLText.quoted(notes)),
        ])
    }
}
