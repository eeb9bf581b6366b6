import Foundation
import MPEPParallel
import MPEPStats

/// The size and seed of a generated sample tree (`mpep sample --languages N --models M …`).
public struct SampleTreeSpec: Sendable, Equatable {
    /// Languages, taken in `SampleLanguage.catalogue` order (at most 20).
    public var languages: Int
    /// Compared models, the eight named ones first; the reference comes on top.
    public var models: Int
    /// English source prompts; every language translates all of them.
    public var prompts: Int
    /// Judges: `sample-judge`, `sample-judge-strict`, `sample-human`, then generated ones.
    public var judges: Int
    public var seed: UInt64

    public init(languages: Int = 4, models: Int = 8, prompts: Int = 50, judges: Int = 3, seed: UInt64 = 1) {
        self.languages = languages
        self.models = models
        self.prompts = prompts
        self.judges = judges
        self.seed = seed
    }
}

/// Generates whole content trees of any size, for tests and benchmarks.
public enum SampleTree {
    /// Source prompt categories, in the share they are drawn with (coding answers hold code).
    public static let categories = ["writing", "coding", "math", "reasoning", "knowledge",
                                    "advice", "brainstorming", "roleplay"]

    /// Writes a complete `content/` tree under `directory` and returns the world it was drawn
    /// from, whose `trueWinRate` tells what a ranking should recover. Languages are written in
    /// parallel; the bytes depend on `spec` only.
    @discardableResult
    public static func generate(_ spec: SampleTreeSpec, into directory: URL) throws -> SampleWorld {
        guard (1...SampleLanguage.catalogue.count).contains(spec.languages) else {
            throw SampleError(file: directory.path, "languages must be 1…\(SampleLanguage.catalogue.count), not \(spec.languages)")
        }
        guard spec.models >= 1, spec.prompts >= 1, spec.judges >= 1 else {
            throw SampleError(file: directory.path, "models, prompts and judges must be at least 1")
        }
        let prompts = (0..<spec.prompts).map { index in
            let pick = SampleRandom.unit(spec.seed, "category", String(index))
            return SampleWorld.Prompt(id: String(format: "sample-%04d", index + 1),
                                      category: categories[Int(pick * Double(categories.count))])
        }
        let world = SampleWorld(
            seed: spec.seed,
            models: SampleModel.lineup(count: spec.models, seed: spec.seed),
            judges: SampleJudge.lineup(count: spec.judges),
            languages: SampleLanguage.catalogue.prefix(spec.languages).map { SampleWorld.Language($0, prompts: prompts) })

        try FileOutput.makeDirectory(directory.appendingPathComponent("pages"))
        try FileOutput.write(siteYAML(spec), to: directory.appendingPathComponent("site.yml"))
        try FileOutput.write(aboutPage, to: directory.appendingPathComponent("pages/about.md"))
        try FileOutput.write(sourcePrompts(prompts, seed: spec.seed), to: directory.appendingPathComponent("prompts.jsonl"))
        try SampleContent.writeModelsAndJudges(of: world, into: directory)

        // In order, so the error reported is the first language's, whatever the scheduling.
        let failures = ParallelMap.map(Array(world.languages.indices)) { index -> (any Error)? in
            do {
                try writeLanguage(index, of: world, into: directory)
                return nil
            } catch {
                return error
            }
        }
        if let first = failures.lazy.compactMap({ $0 }).first { throw first }
        return world
    }

    private static func writeLanguage(_ index: Int, of world: SampleWorld, into root: URL) throws {
        let entry = world.languages[index]
        let code = entry.language.code
        let folder = root.appendingPathComponent("languages/\(code)")
        try FileOutput.makeDirectory(folder)
        let status = entry.prompts.count >= 500 ? "complete" : "active"
        try FileOutput.write(YAMLText.document([
            ("name", YAMLText.quoted(entry.language.name)),
            ("native_name", YAMLText.quoted(entry.language.nativeName)),
            ("direction", YAMLText.quoted(entry.language.direction)),
            ("status", YAMLText.quoted(status)),
            ("leads", YAMLText.list(["sample-lead-\(code)"])),
            ("space", YAMLText.quoted("https://example.org/sample/spaces/mpep-\(code)")),
            ("target", "500"),
        ]), to: folder.appendingPathComponent("language.yml"))
        try FileOutput.write(translations(entry, seed: world.seed), to: folder.appendingPathComponent("prompts.jsonl"))
        try LanguageWriter(world: world, index: index).write(into: folder)
    }

    /// `{"id", "prompt", "category"}` lines of synthetic English prompts that fit their category.
    static func sourcePrompts(_ prompts: [SampleWorld.Prompt], seed: UInt64) -> [UInt8] {
        var out: [UInt8] = []
        for prompt in prompts {
            var rng = SampleRandom.stream(seed, "source", prompt.id)
            let category = prompt.category ?? "writing"
            let (templates, topics) = englishPrompts[category] ?? englishPrompts["writing"]!
            let text = rng.pick(templates).replacingOccurrences(of: "%@", with: rng.pick(topics))
            out += Array("{\"id\":".utf8)
            JSONText.appendString(prompt.id, to: &out)
            out += Array(",\"prompt\":".utf8)
            JSONText.appendString(text, to: &out)
            out += Array(",\"category\":".utf8)
            JSONText.appendString(category, to: &out)
            out += Array("}\n".utf8)
        }
        return out
    }

    /// Per category: prompt templates and the topics filled into them.
    static let englishPrompts: [String: ([String], [String])] = [
        "writing": (["Write a short poem about %@.", "Write a letter to a friend about %@."],
                    ["a lighthouse", "the first day of spring", "a lost umbrella", "an old bicycle"]),
        "coding": (["Write a Python function that %@.", "Explain, with code, how to %@ in JavaScript."],
                   ["reverses a list", "counts the words in a text", "checks if a year is a leap year", "parses a date"]),
        "math": (["Solve step by step: %@.", "Explain how to compute %@."],
                 ["the area of a circle of radius 3", "compound interest over 5 years", "the average of 4, 8 and 15", "15% of 240"]),
        "reasoning": (["If %@, what follows? Explain your reasoning.", "Is this argument valid: %@?"],
                      ["all birds can fly and a penguin is a bird", "it rains whenever the road is wet", "every train is late on Mondays"]),
        "knowledge": (["What is %@?", "Give a short history of %@."],
                      ["photosynthesis", "the printing press", "the water cycle", "time zones"]),
        "advice": (["How should I prepare for %@?", "Give three tips for %@."],
                   ["a job interview", "a long flight", "a first marathon", "moving to a new city"]),
        "brainstorming": (["List ten ideas for %@.", "Suggest names for %@."],
                          ["a birthday party", "a community garden", "a school project", "a small bakery"]),
        "roleplay": (["Pretend you are %@ and introduce yourself.", "Answer as %@ would: what is your day like?"],
                     ["a ship's captain", "a museum guide", "a medieval baker", "a friendly robot"]),
    ]

    /// `{"id", "prompt", "translators", "status"}` lines in the language's own script.
    static func translations(_ entry: SampleWorld.Language, seed: UInt64) -> [UInt8] {
        let book = entry.language.phrasebook
        let code = entry.language.code
        var out: [UInt8] = []
        for prompt in entry.prompts {
            var rng = SampleRandom.stream(seed, "translation", code, prompt.id)
            var text = rng.pick(book.questions).replacingOccurrences(of: "%@", with: rng.pick(book.cells))
            if rng.chance(0.3) { text = rng.pick(book.sentences) + book.space + text }
            out += Array("{\"id\":".utf8)
            JSONText.appendString(prompt.id, to: &out)
            out += Array(",\"prompt\":".utf8)
            JSONText.appendString(text, to: &out)
            out += Array(",\"translators\":[".utf8)
            JSONText.appendString("sample-translator-\(code)-\(1 + rng.next(upperBound: 5))", to: &out)
            out += Array("],\"status\":".utf8)
            JSONText.appendString(rng.chance(0.8) ? "reviewed" : "submitted", to: &out)
            out += Array("}\n".utf8)
        }
        return out
    }

    static func siteYAML(_ spec: SampleTreeSpec) -> String {
        YAMLText.document([
            ("title", YAMLText.quoted("mpep sample leaderboard")),
            ("description", YAMLText.quoted("A generated tree of \(spec.languages) languages, \(spec.models) models and \(spec.prompts) prompts for tests and benchmarks.")),
            ("base_url", YAMLText.quoted("/")),
            ("reference", YAMLText.quoted(SampleModel.referenceID)),
            ("judge", YAMLText.quoted(SampleJudge.primaryID)),
            ("length_control", YAMLText.quoted("minimal")),
            ("bootstrap_rounds", "200"),
            ("seed", String(spec.seed)),
            ("notice", YAMLText.quoted("Sample data: every model, judge and score here is fictional.")),
        ])
    }

    static let aboutPage = """
        ---
        title: "About this sample"
        order: 1
        ---
        Every model, judge and score in this tree was made up by `mpep sample`, a seeded generator.

        """
}
