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
    /// Share of verdicts that are `null`.
    public let nullRate: Double
    /// For discrete judges: how often a close call is reported as a 1.5 draw.
    public let drawRate: Double
    /// Share of a covered language's prompts the judge sees (humans see a subset).
    public let promptCoverage: Double

    public static let primaryID = "sample-judge"

    /// The primary judge: weighted, length-biased, about 1% nulls.
    public static let primary = SampleJudge(
        id: primaryID, name: "Sample Judge (weighted)", model: "Sample Judge LLM (fictional)",
        kind: "llm", preferenceKind: .weighted,
        notes: "Fictional LLM judge of the sample data; reports the probability that the model's answer is better, in [1, 2].",
        lengthBias: 0.7, noise: 0.6, nullRate: 0.01, drawRate: 0, promptCoverage: 1)

    /// A second LLM judge with discrete verdicts, for judge-agreement statistics.
    public static let strict = SampleJudge(
        id: "sample-judge-strict", name: "Sample Judge (strict)", model: "Sample Judge LLM (fictional)",
        kind: "llm", preferenceKind: .discrete,
        notes: "Fictional LLM judge of the sample data; answers 1, 2 or a 1.5 draw.",
        lengthBias: 0.5, noise: 0.8, nullRate: 0.005, drawRate: 0.25, promptCoverage: 1)

    /// Human annotators: no length bias, noisier, on a subset of prompts in some languages.
    public static let human = SampleJudge(
        id: "sample-human", name: "Sample Annotators (human)", model: "Sample annotator pool (fictional)",
        kind: "human", preferenceKind: .discrete,
        notes: "Fictional human annotations of the sample data, on about a quarter of the prompts in about half of the languages.",
        lengthBias: 0, noise: 1.0, nullRate: 0.02, drawRate: 0.35, promptCoverage: 0.25)

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
                lengthBias: 0.3 + 0.1 * Double(index % 5), noise: 0.7, nullRate: 0.01,
                drawRate: weighted ? 0 : 0.2, promptCoverage: 1))
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
        let z = logit + noise * rng.nextGaussian()
        let u = rng.nextUnit()
        let v = rng.nextUnit()
        if u < nullRate { return nil }
        let p = logistic(z)
        switch preferenceKind {
        case .weighted:
            return 1 + p
        case .discrete:
            // A close call (p near ½) is reported as a draw more often than a clear one.
            if v < drawRate * 4 * p * (1 - p) { return 1.5 }
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
