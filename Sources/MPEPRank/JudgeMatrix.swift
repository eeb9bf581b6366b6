import MPEPContent
import MPEPParallel
import MPEPStats

/// One judge's annotations in one language, in the two shapes the statistics need:
/// each model's rows in file order (AlpacaEval's figures are defined on them) and a
/// model × prompt matrix aligned on the language's prompts (bootstrap rounds resample prompts,
/// the same ones for every model).
struct JudgeMatrix {
    /// Prompt ids in the language's order (translations first, then any other annotated id).
    let prompts: [String]
    let promptIndex: [String: Int]
    /// Models judged here, sorted by id, the reference left out.
    let models: [String]
    /// Each model's annotation rows in file order.
    let rows: [[Annotation]]
    /// `preferences[m][i]`: model m on prompt i (nil when not judged).
    let preferences: [[Double?]]
    /// `modelLengths[m][i]`: code-point length of model m's output for prompt i (0 when absent).
    let modelLengths: [[Int]]
    let referenceLengths: [Int]

    init(language: LanguageContent, records: LoadedRecords, judge: String, reference: String, lengths: OutputLengths) {
        let byModel = records.annotations[judge] ?? [:]
        var prompts = language.prompts.map(\.id)
        var index = Dictionary(prompts.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        models = byModel.keys.filter { $0 != reference }.sorted()
        rows = models.map { byModel[$0] ?? [] }
        for row in rows.joined() where index[row.id] == nil {
            index[row.id] = prompts.count
            prompts.append(row.id)
        }
        self.prompts = prompts
        promptIndex = index
        var preferences = [[Double?]](repeating: [Double?](repeating: nil, count: prompts.count), count: models.count)
        var modelLengths = [[Int]](repeating: [Int](repeating: 0, count: prompts.count), count: models.count)
        for (m, model) in models.enumerated() {
            for row in rows[m] {
                let i = index[row.id]!
                preferences[m][i] = row.preference
            }
            let byID = lengths.byID(model)
            for (i, id) in prompts.enumerated() { modelLengths[m][i] = byID[id] ?? 0 }
        }
        self.preferences = preferences
        self.modelLengths = modelLengths
        let referenceByID = lengths.byID(reference)
        referenceLengths = prompts.map { referenceByID[$0] ?? 0 }
    }

    /// Row-order lengths of model m and of the reference, for the LC fit.
    func rowLengths(_ m: Int, reference: String, lengths: OutputLengths) -> (model: [Int], reference: [Int]) {
        let model = lengths.byID(models[m]), reference = lengths.byID(reference)
        return (rows[m].map { model[$0.id] ?? 0 }, rows[m].map { reference[$0.id] ?? 0 })
    }
}

/// Code-point lengths of every output of a language, looked up by model and prompt id.
struct OutputLengths {
    private let lengths: [String: [String: Int]]
    /// Each model's mean output length (AlpacaEval's `avg_length`, over all its outputs).
    let averages: [String: Int]

    /// Models are counted in parallel: a language's outputs are tens of megabytes.
    init(_ records: LoadedRecords) {
        let models = Array(records.outputs)
        let counted = ParallelMap.map(models) { model, outputs in
            let counts = outputs.map { codePointLength($0.output) }
            return (Dictionary(zip(outputs.map(\.id), counts), uniquingKeysWith: { a, _ in a }), averageLength(counts))
        }
        var lengths: [String: [String: Int]] = [:]
        var averages: [String: Int] = [:]
        for ((model, _), (byID, average)) in zip(models, counted) {
            lengths[model] = byID
            averages[model] = average
        }
        self.lengths = lengths
        self.averages = averages
    }

    /// One model's lengths by prompt id (empty for a model without outputs; a missing output is 0).
    func byID(_ model: String) -> [String: Int] {
        lengths[model] ?? [:]
    }
}
