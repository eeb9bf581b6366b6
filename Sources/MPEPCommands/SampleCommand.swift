import ArgumentParser
import Foundation
import MPEPSample

/// `mpep sample`: realistic content trees of any size for tests and benchmarks, and the shipped
/// sample results regenerated around the real translations.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate a sample content tree, or regenerate the shipped sample results.",
        discussion: """
            With --output, writes a complete content tree (site.yml, prompts, models, judges, \
            translations, outputs and annotations) drawn from known latent model strengths; the \
            same options give the same bytes. With --populate, rewrites only the sample models, \
            judges, outputs and annotations of an existing tree around its translations.

            Examples:
              mpep sample --languages 4 --models 8 --prompts 50 --judges 3 --output /tmp/tree
              mpep sample --languages 20 --models 50 --prompts 500 --output /tmp/full
              mpep sample --populate content
            """
    )

    @Option(help: "Languages (1…20), in the sample catalogue's order.")
    var languages: Int = 4

    @Option(help: "Compared models (the reference model comes on top).")
    var models: Int = 8

    @Option(help: "English source prompts; every language translates all of them.")
    var prompts: Int = 50

    @Option(help: "Judges (sample-judge, sample-judge-strict, sample-human, then generated ones).")
    var judges: Int = 3

    @Option(help: "The seed; the same seed and sizes give the same bytes.")
    var seed: UInt64?

    @Option(help: "Write a new tree into this folder (created; must be empty or absent).")
    var output: String?

    @Option(help: "Regenerate the sample results of this existing content folder (e.g. content).")
    var populate: String?

    func validate() throws {
        if (output == nil) == (populate == nil) {
            throw ValidationError("give exactly one of --output DIR or --populate CONTENT")
        }
    }

    func run() throws {
        do {
            if let populate {
                let seed = seed ?? SampleContent.shippedSeed
                let world = try SampleContent.populate(contentRoot: URL(fileURLWithPath: populate), seed: seed)
                print("Populated \(populate)/ with \(world.models.count) models and \(world.judges.count) judges "
                      + "over \(world.languages.count) languages (seed \(seed))")
            } else if let output {
                let url = URL(fileURLWithPath: output)
                if let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path), !entries.isEmpty {
                    printError("error: \(output) is not empty; choose a new folder")
                    throw ExitCode(1)
                }
                let spec = SampleTreeSpec(languages: languages, models: models, prompts: prompts, judges: judges,
                                          seed: seed ?? 1)
                try SampleTree.generate(spec, into: url)
                print("Generated \(spec.languages) languages × \(spec.models) models × \(spec.prompts) prompts, "
                      + "\(spec.judges) judges (seed \(spec.seed)) into \(output)/")
            }
        } catch let error as SampleError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}
