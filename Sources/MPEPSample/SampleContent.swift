import Foundation
import MPEPParallel

/// Fills the shipped `content/` with sample models, judges, outputs and annotations around
/// the real translations that contributors wrote.
public enum SampleContent {
    /// The seed the shipped content is generated with (`mpep sample --populate content`).
    public static let shippedSeed: UInt64 = 20_240_501

    /// Reads `languages/*/prompts.jsonl` under `contentRoot` and (over)writes
    /// `models/<id>.yml`, `judges/<id>.yml`, and for every language with translations
    /// `outputs/<model>.jsonl` and `annotations/<judge>/<model>.jsonl`, rows in the order of
    /// the language's prompts. Nothing else is touched; the same input gives the same bytes.
    /// Categories come from `prompts.jsonl` when it names the id (coding answers hold code).
    @discardableResult
    public static func populate(contentRoot: URL, seed: UInt64 = shippedSeed) throws -> SampleWorld {
        let categories = try readCategories(contentRoot)
        let world = SampleWorld(
            seed: seed, models: SampleModel.roster,
            judges: [.primary, .strict, .human],
            languages: try readLanguages(contentRoot, categories: categories))
        try writeModelsAndJudges(of: world, into: contentRoot)
        // In order, so the error reported is the first language's, whatever the scheduling.
        let failures = ParallelMap.map(Array(world.languages.indices)) { index -> (any Error)? in
            do {
                let code = world.languages[index].language.code
                try LanguageWriter(world: world, index: index)
                    .write(into: contentRoot.appendingPathComponent("languages/\(code)"))
                return nil
            } catch {
                return error
            }
        }
        if let first = failures.lazy.compactMap({ $0 }).first { throw first }
        return world
    }

    /// Writes `models/<id>.yml` (reference included) and `judges/<id>.yml`.
    static func writeModelsAndJudges(of world: SampleWorld, into root: URL) throws {
        let models = root.appendingPathComponent("models")
        let judges = root.appendingPathComponent("judges")
        try FileOutput.makeDirectory(models)
        try FileOutput.makeDirectory(judges)
        for model in [world.reference] + world.models {
            try FileOutput.write(model.yaml, to: models.appendingPathComponent("\(model.id).yml"))
        }
        for judge in world.judges {
            try FileOutput.write(judge.yaml, to: judges.appendingPathComponent("\(judge.id).yml"))
        }
    }

    /// Languages with at least one translation, in code order.
    static func readLanguages(_ root: URL, categories: [String: String]) throws -> [SampleWorld.Language] {
        let folder = root.appendingPathComponent("languages")
        let codes = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var languages: [SampleWorld.Language] = []
        for code in codes {
            let relative = "languages/\(code)/prompts.jsonl"
            let file = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            guard code.range(of: "^[a-z0-9][a-z0-9._-]*$", options: .regularExpression) != nil else {
                throw SampleError(file: "languages/\(code)", "a language code must match ^[a-z0-9][a-z0-9._-]*$")
            }
            var seen = Set<String>()
            var prompts: [SampleWorld.Prompt] = []
            for (line, object) in try jsonLines(file, relative: relative) {
                guard let id = object["id"] as? String, !id.isEmpty else {
                    throw SampleError(file: relative, line: line, "\"id\" must be a non-empty string")
                }
                guard seen.insert(id).inserted else {
                    throw SampleError(file: relative, line: line, "prompt id \"\(id)\" appears twice")
                }
                prompts.append(SampleWorld.Prompt(id: id, category: categories[id]))
            }
            if !prompts.isEmpty {
                languages.append(SampleWorld.Language(SampleLanguage.named(code), prompts: prompts))
            }
        }
        return languages
    }

    /// Source prompt id → category, from `prompts.jsonl` if present.
    static func readCategories(_ root: URL) throws -> [String: String] {
        let file = root.appendingPathComponent("prompts.jsonl")
        guard FileManager.default.fileExists(atPath: file.path) else { return [:] }
        var categories: [String: String] = [:]
        for (_, object) in try jsonLines(file, relative: "prompts.jsonl") {
            if let id = object["id"] as? String, let category = object["category"] as? String {
                categories[id] = category
            }
        }
        return categories
    }

    /// The JSON objects of a JSONL file with their 1-based line numbers; blank lines skipped.
    static func jsonLines(_ file: URL, relative: String) throws -> [(Int, [String: Any])] {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw SampleError(file: relative, "cannot read the file")
        }
        var rows: [(Int, [String: Any])] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw SampleError(file: relative, line: index + 1, "not a JSON object")
            }
            rows.append((index + 1, object))
        }
        return rows
    }
}
