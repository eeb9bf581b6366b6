import MPEPContent
import MPEPParallel
import MPEPStats

extension Ranker {
    /// Everything ranked in one language, in two rounds of parallel work.
    ///
    /// The prompts' difficulties are the language's, estimated once from the primary judge's verdicts
    /// and used by every judge (AlpacaEval, too, estimates them with one judge and uses them for all); a
    /// judge's own only where the primary judge has not judged two models here. Their fit is the
    /// longest single piece of work, and only the difficulty LC needs it, so the first round runs its
    /// cross-validation folds beside everything else (head-to-head, the minimal LC, the intervals that
    /// do not need difficulties, the categories), and the second round the difficulty LC, once the
    /// difficulties are known. Every figure is computed as if one after the other.
    static func rank(_ language: LanguageContent, records: LoadedRecords, reference: String, options: RankOptions,
                     categories: [String: String] = [:], judgeKinds: [String: JudgeInfo.Kind] = [:]) -> LanguageRanking {
        let work = LanguageWork(language, records: records, reference: reference, options: options, categories: categories)
        let first = work.firstRound()
        var own: [Int: [String: Double]] = [:]
        for (j, fit) in work.difficultyFits {   // one warm-started solve each: short beside the folds
            own[j] = byPrompt(work.matrices[j], fit.difficulties(first.folds[j]!))
        }
        // In each matrix's prompt order; a prompt the difficulty fit had no row for gets 0, as in the fit.
        let difficulty: [[Double]?] = work.matrices.indices.map { j in
            own[work.primary ?? j].map { d in work.matrices[j].prompts.map { d[$0] ?? 0 } }
        }
        let figures = work.secondRound(first.figures, difficulty: difficulty)

        var boards: [JudgeLeaderboard] = []
        var byJudge: [String: (JudgeMatrix, JudgeLeaderboard)] = [:]
        for (j, judge) in work.judges.enumerated() {
            let matrix = work.matrices[j]
            let board = JudgeLeaderboard(
                judge: judge, entries: assignRanks(figures[j].map(\.entry)), categories: first.categories[j] ?? [],
                difficulties: difficulty[j].map { d in
                    zip(matrix.prompts, d).map { PromptDifficulty(id: $0, difficulty: $1) }
                } ?? [])
            boards.append(board)
            byJudge[judge] = (matrix, board)
        }
        return LanguageRanking(
            code: language.info.code, reference: reference, referenceAvgLength: work.lengths.averages[reference],
            leaderboards: boards, primaryJudge: options.primaryJudge,
            agreement: Agreement.rows(byJudge, language: language.info.code, judgeKinds: judgeKinds))
    }
}

/// What a language's two rounds of work share: its judges' matrices, bootstraps and difficulty fits.
private struct LanguageWork: Sendable {
    let code: String
    let reference: String
    let options: RankOptions
    let categories: [String: String]
    let lengths: OutputLengths
    /// Sorted by id, with one matrix and one bootstrap (nil when switched off or without models) each.
    let judges: [String]
    let matrices: [JudgeMatrix]
    let resampling: [ModelFigures.Resampling?]
    /// The primary judge, when it has judged two models here; the judges whose difficulty fit is run.
    let primary: Int?
    let difficultyFits: [Int: InstructionDifficultyFit]

    init(_ language: LanguageContent, records: LoadedRecords, reference: String, options: RankOptions,
         categories: [String: String]) {
        code = language.info.code
        self.reference = reference
        self.options = options
        self.categories = categories
        let lengths = OutputLengths(records)
        self.lengths = lengths
        let judges = records.annotations.keys.sorted()
        self.judges = judges
        let matrices = judges.map { JudgeMatrix(language: language, records: records, judge: $0, reference: reference, lengths: lengths) }
        self.matrices = matrices
        resampling = zip(judges, matrices).map { judge, matrix in
            guard options.bootstrapRounds > 0, !matrix.models.isEmpty else { return nil }
            let bootstrap = Bootstrap(rounds: options.bootstrapRounds, seed: options.seed(language: language.info.code, judge: judge))
            return ModelFigures.Resampling(bootstrap: bootstrap, resamples: bootstrap.resamples(prompts: matrix.prompts.count))
        }
        let primary = judges.firstIndex(of: options.primaryJudge).flatMap { matrices[$0].models.count >= 2 ? $0 : nil }
        self.primary = primary
        difficultyFits = Dictionary(uniqueKeysWithValues: (primary.map { [$0] } ?? Array(judges.indices)).compactMap { j in
            Ranker.difficultyFit(matrices[j]).map { (j, $0) }
        })
    }

    /// A piece of the first round, and what it gives.
    enum Step: Sendable {
        case difficultyFold(judge: Int, fold: Int)
        case categories(judge: Int)
        case model(judge: Int, index: Int)
    }

    enum Outcome: Sendable {
        case difficultyFold(InstructionDifficultyFit.Fold)
        case categories([CategoryResult])
        case model(ModelFigures)
    }

    /// The difficulty folds (the longest pieces, so first), every judge's categories and every model's
    /// difficulty-free figures, in parallel.
    func firstRound() -> (folds: [Int: [InstructionDifficultyFit.Fold]], categories: [Int: [CategoryResult]],
                          figures: [[ModelFigures]]) {
        let steps: [Step] = difficultyFits.keys.sorted().flatMap { j in
            (0..<difficultyFits[j]!.folds).map { Step.difficultyFold(judge: j, fold: $0) }
        } + judges.indices.map { .categories(judge: $0) }
            + judges.indices.flatMap { j in matrices[j].models.indices.map { Step.model(judge: j, index: $0) } }
        let outcomes = ParallelMap.map(steps) { step -> Outcome in
            switch step {
            case .difficultyFold(let j, let k):
                return .difficultyFold(difficultyFits[j]!.fold(k))
            case .categories(let j):
                return .categories(Categories.results(matrices[j], categories: categories, options: options))
            case .model(let j, let m):
                return .model(ModelFigures(matrices[j], model: m, reference: reference, lengths: lengths,
                                           options: options, resampling: resampling[j]))
            }
        }
        var folds: [Int: [InstructionDifficultyFit.Fold]] = [:], categoryResults: [Int: [CategoryResult]] = [:]
        var figures = judges.map { _ in [ModelFigures]() }
        for (step, outcome) in zip(steps, outcomes) {   // steps of a kind in order: folds by number, models by index
            switch (step, outcome) {
            case (.difficultyFold(let j, _), .difficultyFold(let fold)): folds[j, default: []].append(fold)
            case (.categories(let j), .categories(let results)): categoryResults[j] = results
            case (.model(let j, _), .model(let f)): figures[j].append(f)
            default: preconditionFailure("an outcome of another step")
            }
        }
        return (folds, categoryResults, figures)
    }

    /// Every model's difficulty LC (`difficulty` per judge, in its matrix's prompt order), in parallel.
    func secondRound(_ figures: [[ModelFigures]], difficulty: [[Double]?]) -> [[ModelFigures]] {
        let pending = figures.indices.flatMap { j in figures[j].indices.map { (j, $0) } }
        let completed = ParallelMap.map(pending) { j, m -> ModelFigures in
            var f = figures[j][m]
            f.addDifficulty(difficulty[j], matrices[j], model: m, options: options, resampling: resampling[j])
            return f
        }
        var next = completed.makeIterator()
        return figures.map { $0.map { _ in next.next()! } }
    }
}
