import Foundation
import MPEPContent

/// `mpep import alpaca-eval`: AlpacaEval result files into a content tree, as one language.
///
/// AlpacaEval's `annotations.json` holds, per row, an instruction, the reference's output
/// (`output_1`, `generator_1`), the model's (`output_2`, `generator_2`), the judge (`annotator`)
/// and its `preference` on mpep's own scale. The import writes:
///
/// - the instructions as source prompts *and* as the language's translations (an English
///   "language" of AlpacaEval's own set), ids stable from the text (``ContentIds/prompt(forText:prefix:)``),
///   or the id of a source prompt with exactly that text; `dataset` becomes the category;
/// - outputs from `output_1`/`output_2`, or from a `model_outputs.json` given for that generator
///   (AlpacaEval's `avg_length` counts those, so mpep's does too);
/// - the verdicts in file order; values AlpacaEval drops (outside 1…2 and not the legacy 0)
///   are written as `null`, which mpep drops the same way;
/// - models/, judges/ (preference kind detected: weighted if any fractional value),
///   language.yml and site.yml where missing, the original names kept as `name`.
///
/// Duplicate instructions: AlpacaEval's sets have none, but a file may. The k-th occurrence of
/// a text in one file gets the id of the first with `-k` appended, so every row is kept,
/// ids stay unique per file, and the same row numbering holds across files.
public struct AlpacaEvalImport: Sendable {
    public struct Input: Sendable {
        public var url: URL
        /// How the file is named in messages.
        public var displayPath: String

        public init(url: URL, displayPath: String) {
            self.url = url
            self.displayPath = displayPath
        }
    }

    /// One imported annotations file (or one judge–model pair of it).
    public struct Imported: Sendable, Equatable {
        public var file: String
        public var judge: String
        public var model: String
        public var rows: Int
        public var nulls: Int

        public init(file: String, judge: String, model: String, rows: Int, nulls: Int) {
            self.file = file
            self.judge = judge
            self.model = model
            self.rows = rows
            self.nulls = nulls
        }
    }

    public struct Report: Sendable {
        public var imported: [Imported] = []
        public var reference = ""
        public var notes: [String] = []
        public var summary = WriteSummary()
    }

    public var content: URL
    public var displayRoot: String
    public var language: String
    /// language.yml's `name` and `native_name` when it is created (default: the code).
    public var languageName: String?

    public init(content: URL, displayRoot: String, language: String, languageName: String? = nil) {
        self.content = content
        self.displayRoot = displayRoot
        self.language = language
        self.languageName = languageName
    }

    public func run(annotations: [Input], modelOutputs: [Input] = []) throws(InteropError) -> Report {
        guard Identifier.isValid(language) else {
            throw InteropError("--language", "\"\(language)\" is not a language code matching \(Identifier.rule)")
        }
        guard !annotations.isEmpty else { throw InteropError("ANNOTATIONS.json", "give at least one annotations.json") }
        var report = Report()
        var edit = TreeEdit(root: content, displayRoot: displayRoot)
        var ids = IdAssigner()

        // Read everything first: a bad file stops the import before any planning.
        var files: [(Input, [AlpacaEvalFiles.AnnotationRow])] = []
        for input in annotations {
            files.append((input, try AlpacaEvalFiles.readAnnotations(input.url, displayPath: input.displayPath)))
        }
        var outputsByGenerator: [String: [AlpacaEvalFiles.OutputRow]] = [:]
        var generatorOrder: [String] = []
        for input in modelOutputs {
            for row in try AlpacaEvalFiles.readOutputs(input.url, displayPath: input.displayPath) {
                if outputsByGenerator[row.generator] == nil { generatorOrder.append(row.generator) }
                outputsByGenerator[row.generator, default: []].append(row)
            }
        }

        let references = Set(files.flatMap { $0.1.map(\.generator1) })
        guard references.count <= 1 else {
            throw InteropError(files[0].0.displayPath, "the files compare with several references (\(references.sorted().joined(separator: ", "))); a language has one: import them as separate languages")
        }
        guard let referenceName = references.first else {
            throw InteropError(files[0].0.displayPath, "no annotation rows")
        }

        // Source prompts with exactly the instruction's text keep their ids.
        for record in edit.existingRecords(ContentLayout.sourcePrompts) {
            if case .string(let text)? = record.members["prompt"]?.value { ids.known(text: text, id: record.id) }
        }

        var names = NameRegistry()
        let referenceId = try names.id(referenceName, kind: "model")
        report.reference = referenceId
        var sourceRecords: [TreeEdit.Record] = []
        var referenceOutputs: [TreeEdit.Record] = []
        var modelOutputsFromRows: [String: [TreeEdit.Record]] = [:]
        var judgeWeighted: [String: Bool] = [:]
        var judgeNames: [String: String] = [:]
        var modelNames: [String: String] = [referenceId: referenceName]

        for (input, rows) in files {
            var occurrences = Occurrences()
            var byPair: [String: (judge: String, model: String, records: [TreeEdit.Record], nulls: Int)] = [:]
            var pairOrder: [String] = []
            var dropped = 0
            for row in rows {
                let id = ids.id(for: row.instruction, occurrence: occurrences.next(row.instruction))
                sourceRecords.append(.init(id: id, key: "prompt", members: [
                    ("id", .string(id)), ("prompt", .string(row.instruction)),
                ] + (row.dataset.map { [("category", JSONScalar.string($0))] } ?? [])))
                let judge = try names.id(row.annotator, kind: "judge")
                let model = try names.id(row.generator2, kind: "model")
                judgeNames[judge] = row.annotator
                modelNames[model] = row.generator2
                let key = judge + "/" + model
                if byPair[key] == nil { byPair[key] = (judge, model, [], 0); pairOrder.append(key) }
                var preference = row.preference
                if let p = preference, !(p == 0 || (1...2).contains(p)) { preference = nil; dropped += 1 }
                if preference == nil { byPair[key]!.nulls += 1 }
                if let p = preference, p != 0, p != 1, p != 1.5, p != 2 { judgeWeighted[judge] = true }
                else if judgeWeighted[judge] == nil { judgeWeighted[judge] = false }
                byPair[key]!.records.append(.init(id: id, key: "preference", members: [
                    ("id", .string(id)), ("preference", preference.map(JSONScalar.number) ?? .null),
                ]))
                referenceOutputs.append(.init(id: id, key: "output", members: [("id", .string(id)), ("output", .string(row.output1 ?? ""))]))
                modelOutputsFromRows[model, default: []].append(
                    .init(id: id, key: "output", members: [("id", .string(id)), ("output", .string(row.output2 ?? ""))]))
            }
            if dropped > 0 {
                report.notes.append("\(input.displayPath): \(dropped) preferences outside 1…2 (and not the legacy 0) written as null: AlpacaEval drops them too")
            }
            for key in pairOrder {
                let pair = byPair[key]!
                edit.merge(ContentLayout.annotations(language, pair.judge, pair.model), pair.records)
                report.imported.append(Imported(file: input.displayPath, judge: pair.judge, model: pair.model,
                                                rows: pair.records.count, nulls: pair.nulls))
                if pair.model == referenceId {
                    report.notes.append("\(input.displayPath): the reference \"\(referenceName)\" judged against itself: imported, but mpep check warns about it and the leaderboard leaves it out")
                }
            }
        }

        // Outputs: model_outputs.json where given for a generator, else the annotation rows'.
        var outputsFor: [String: [TreeEdit.Record]] = modelOutputsFromRows
        outputsFor[referenceId] = referenceOutputs
        for generator in generatorOrder {
            let model = try names.id(generator, kind: "model")
            modelNames[model] = generator
            var occurrences = Occurrences()
            outputsFor[model] = outputsByGenerator[generator]!.map { row in
                let id = ids.id(for: row.instruction, occurrence: occurrences.next(row.instruction))
                sourceRecords.append(.init(id: id, key: "prompt", members: [("id", .string(id)), ("prompt", .string(row.instruction))]
                                           + (row.dataset.map { [("category", JSONScalar.string($0))] } ?? [])))
                return .init(id: id, key: "output", members: [("id", .string(id)), ("output", .string(row.output))])
            }
            if let annotated = modelOutputsFromRows[model] {
                let given = Set(outputsFor[model]!.map(\.id))
                let missing = Set(annotated.map(\.id)).subtracting(given)
                if !missing.isEmpty {
                    report.notes.append("\(missing.count) annotated instructions of \"\(generator)\" are not in its model_outputs.json (AlpacaEval's avg_length leaves them out too); mpep check will report those verdicts: first ids \(missing.sorted().prefix(3).joined(separator: ", "))")
                }
            }
        }
        for model in outputsFor.keys.sorted() {
            edit.merge(ContentLayout.outputs(language, model), outputsFor[model]!)
        }

        // Prompts: the source set, and the same text as this language's translations.
        edit.merge(ContentLayout.sourcePrompts, sourceRecords)
        edit.merge(ContentLayout.translations(language), sourceRecords.map { record in
            .init(id: record.id, key: "prompt", members: record.members.filter { $0.0 != "category" })
        })

        try planMetadata(&edit, report: &report, referenceId: referenceId, modelNames: modelNames,
                         judgeNames: judgeNames, judgeWeighted: judgeWeighted,
                         promptCount: Set(sourceRecords.map(\.id)).count)
        report.summary = try edit.apply()
        return report
    }

    private func planMetadata(_ edit: inout TreeEdit, report: inout Report, referenceId: String,
                              modelNames: [String: String], judgeNames: [String: String],
                              judgeWeighted: [String: Bool], promptCount: Int) throws(InteropError) {
        for (model, name) in modelNames.sorted(by: { $0.key < $1.key }) {
            let path = ContentLayout.model(model)
            if !edit.createIfMissing(path, TreeMetadata.yaml([("name", .string(name))])),
               let existing = TreeMetadata.strings(edit.url(path))?["name"], existing != name {
                report.notes.append("\(edit.displayPath(path)) exists with name \"\(existing)\" (AlpacaEval calls it \"\(name)\"): kept as it is")
            }
        }
        for (judge, name) in judgeNames.sorted(by: { $0.key < $1.key }) {
            let path = ContentLayout.judge(judge)
            let kind = judgeWeighted[judge] == true ? "weighted" : "discrete"
            if !edit.createIfMissing(path, TreeMetadata.yaml([("name", .string(name)), ("kind", .plain("llm")),
                                                               ("preference_kind", .plain(kind))])),
               TreeMetadata.strings(edit.url(path))?["preference_kind"] == "discrete", kind == "weighted" {
                edit.conflict(path, "the judge is described as discrete, but the imported preferences are fractional (a weighted judge): change preference_kind to weighted")
            }
        }
        let firstJudge = judgeNames.keys.sorted().first ?? "judge"
        let sitePath = "site.yml"
        let site = TreeMetadata.strings(edit.url(sitePath))
        edit.createIfMissing(sitePath, TreeMetadata.yaml([
            ("title", .string("AlpacaEval results")), ("reference", .plain(referenceId)),
            ("judge", .plain(report.imported.first?.judge ?? firstJudge)),
        ]))
        let siteReference = site?["reference"] ?? referenceId
        let languagePath = ContentLayout.languageYML(language)
        if let existing = TreeMetadata.strings(edit.url(languagePath)) {
            let effective = existing["reference"] ?? siteReference
            if effective != referenceId {
                edit.conflict(languagePath, "this language compares with \"\(effective)\", but the annotations compare with \"\(referenceId)\": set reference: \(referenceId) here or import into another language")
            }
        } else {
            var pairs: [(String, TreeMetadata.YAMLValue)] = [
                ("name", .string(languageName ?? language)), ("native_name", .string(languageName ?? language)),
                ("status", .plain("active")), ("target", .plain(String(promptCount))),
            ]
            if siteReference != referenceId { pairs.append(("reference", .plain(referenceId))) }
            edit.createIfMissing(languagePath, TreeMetadata.yaml(pairs))
        }
    }
}

/// Prompt ids by text: an existing source prompt's id, else the stable hash.
struct IdAssigner {
    private var byText: [String: String] = [:]

    mutating func known(text: String, id: String) {
        if byText[text] == nil { byText[text] = id }
    }

    mutating func id(for text: String, occurrence: Int) -> String {
        let base = byText[text] ?? ContentIds.prompt(forText: text)
        byText[text] = base
        return occurrence == 1 ? base : base + "-\(occurrence)"
    }
}

/// Counts how often each text was seen so far in one file.
struct Occurrences {
    private var seen: [String: Int] = [:]

    mutating func next(_ text: String) -> Int {
        seen[text, default: 0] += 1
        return seen[text]!
    }
}

/// Tool names to ids, refusing two names that would become the same file.
struct NameRegistry {
    private var names: [String: String] = [:]

    mutating func id(_ name: String, kind: String) throws(InteropError) -> String {
        guard let id = ContentIds.make(from: name) else {
            throw InteropError(name, "no valid \(kind) id can be made from this name (\(Identifier.rule))")
        }
        if let other = names[kind + "/" + id], other != name {
            throw InteropError(name, "the \(kind)s \"\(other)\" and \"\(name)\" would both be \"\(id)\"")
        }
        names[kind + "/" + id] = name
        return id
    }
}
