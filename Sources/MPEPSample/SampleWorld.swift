import MPEPStats

/// The fictional world behind sample data: who is how good, and how judges see it.
///
/// A judge comparing model m with the reference on prompt i in language l sees the logit
///
///     z = strength_m + effect_{m,l} − difficulty_i + quality_{m,l,i}
///         + β_judge · tanh((len_m − len_ref) / lengthScale) + noise_judge · ε
///
/// where `effect ~ N(0, 0.15²)` is a small per-language shift, `difficulty ~ N(0, 0.8²)` a
/// per-prompt one, `quality ~ N(0, 1)` the luck of that one answer (shared by all judges, so
/// judges agree more than chance), and β > 0 for LLM judges: longer answers win more often,
/// which is why length control matters. A weighted judge reports `1 + logistic(κ·z)`, κ its
/// decisiveness (real LLM judges are sure of their verdicts), a discrete one draws 2 with
/// probability `logistic(κ·z)` (1.5 for some close calls). The figures are calibrated on
/// AlpacaEval's own result files (`Calibration`).
public struct SampleWorld: Sendable {
    /// A language of the world and its prompts, in file order.
    public struct Language: Sendable, Equatable {
        public let language: SampleLanguage
        public let prompts: [Prompt]
        public init(_ language: SampleLanguage, prompts: [Prompt]) {
            self.language = language
            self.prompts = prompts
        }
    }

    /// A prompt as the generator needs it: its id and whether it asks for code.
    public struct Prompt: Sendable, Equatable {
        public let id: String
        public let category: String?
        public init(id: String, category: String? = nil) {
            self.id = id
            self.category = category
        }
        var isCoding: Bool { category == "coding" }
    }

    public let seed: UInt64
    public let reference: SampleModel
    /// The compared models (the reference excluded).
    public let models: [SampleModel]
    public let judges: [SampleJudge]
    /// In the order they are written (sorted codes for the shipped content).
    public let languages: [Language]

    /// Code points over which the length bias saturates.
    public static let lengthScale = 800.0
    public static let languageEffectSD = 0.15
    public static let difficultySD = 0.8
    public static let qualitySD = 1.0

    public init(seed: UInt64, models: [SampleModel], judges: [SampleJudge], languages: [Language],
                reference: SampleModel = .reference) {
        self.seed = seed
        self.reference = reference
        self.models = models
        self.judges = judges
        self.languages = languages
    }

    /// How much harder than average prompt `id` is, for every model and language.
    public func difficulty(prompt id: String) -> Double {
        Self.difficultySD * SampleRandom.gaussian(seed, "difficulty", id)
    }

    /// The small shift of model `model` in language `language` (0 for the reference).
    public func languageEffect(model: String, language: String) -> Double {
        model == reference.id ? 0 : Self.languageEffectSD * SampleRandom.gaussian(seed, "effect", model, language)
    }

    /// The true win rate of `model` against the reference in `language`, in percent:
    /// `100 · mean_i logistic(strength + effect − difficulty_i)` over that language's prompts,
    /// that is, without the answers' luck, the judges' noise and their length bias.
    /// Judged win rates are pulled toward 50 by the noise and pushed up for verbose models by
    /// the length bias, but follow the same order when gaps are wide.
    /// The reference scores 50 by definition. Traps on an unknown model or language.
    public func trueWinRate(model: String, language: String) -> Double {
        if model == reference.id { return 50 }
        guard let entry = models.first(where: { $0.id == model }) else {
            preconditionFailure("unknown sample model \(model)")
        }
        guard let lang = languages.first(where: { $0.language.code == language }) else {
            preconditionFailure("unknown sample language \(language)")
        }
        guard !lang.prompts.isEmpty else { return .nan }
        let shift = entry.strength + languageEffect(model: model, language: language)
        let total = lang.prompts.reduce(0.0) { $0 + logistic(shift - difficulty(prompt: $1.id)) }
        return 100 * total / Double(lang.prompts.count)
    }

    /// The answer length `model` aims at for `prompt`: log-normal around `Calibration.medianLength`
    /// code points times the model's verbosity (coding prompts longer), with a spread between prompts
    /// shared by every model and one of each answer's own, kept in 40…8,000·verbosity.
    func targetLength(model: SampleModel, prompt: Prompt, rng: inout SplitMix64) -> Int {
        let base = Calibration.medianLength
            * (Calibration.promptLengthSD * SampleRandom.gaussian(seed, "length", prompt.id)).exp
            * (prompt.isCoding ? 1.3 : 1)
        let length = base * model.verbosity * (Calibration.answerLengthSD * rng.nextGaussian()).exp
        return Int(min(max(length, 40), 8000 * max(1, model.verbosity)))
    }

    /// The judge's logit before its own noise (see the type's documentation).
    func logit(shift: Double, prompt: Prompt, quality: Double, judge: SampleJudge,
               modelLength: Int, referenceLength: Int) -> Double {
        shift - difficulty(prompt: prompt.id) + quality
            + judge.lengthBias * _sampleTanh(Double(modelLength - referenceLength) / Self.lengthScale)
    }

    /// Whether `judge` sees prompt `id` of language `code` (humans see a subset).
    func covers(_ judge: SampleJudge, code: String, prompt id: String) -> Bool {
        guard judge.covers(language: code) else { return false }
        return judge.promptCoverage >= 1 || SampleRandom.unit(seed, "coverage", judge.id, code, id) < judge.promptCoverage
    }
}
