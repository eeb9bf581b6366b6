import MPEPContent
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

    init(language: LanguageContent, judge: String, reference: String, lengths: OutputLengths) {
        let byModel = language.annotations[judge] ?? [:]
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
            for (i, id) in prompts.enumerated() { modelLengths[m][i] = lengths.length(model: model, id: id) }
        }
        self.preferences = preferences
        self.modelLengths = modelLengths
        referenceLengths = prompts.map { lengths.length(model: reference, id: $0) }
    }

    /// Row-order lengths of model m and of the reference, for the LC fit.
    func rowLengths(_ m: Int, reference: String, lengths: OutputLengths) -> (model: [Int], reference: [Int]) {
        (rows[m].map { lengths.length(model: models[m], id: $0.id) },
         rows[m].map { lengths.length(model: reference, id: $0.id) })
    }
}

/// Code-point lengths of every output of a language, looked up by model and prompt id.
struct OutputLengths {
    private let lengths: [String: [String: Int]]
    /// Each model's mean output length (AlpacaEval's `avg_length`, over all its outputs).
    let averages: [String: Int]

    init(_ language: LanguageContent) {
        var lengths: [String: [String: Int]] = [:]
        var averages: [String: Int] = [:]
        for (model, outputs) in language.outputs {
            let counts = outputs.map { codePointLength($0.output) }
            lengths[model] = Dictionary(zip(outputs.map(\.id), counts), uniquingKeysWith: { a, _ in a })
            averages[model] = averageLength(counts)
        }
        self.lengths = lengths
        self.averages = averages
    }

    func length(model: String, id: String) -> Int {
        lengths[model]?[id] ?? 0
    }
}
