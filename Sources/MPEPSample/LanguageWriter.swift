import Foundation
import MPEPStats

/// Writes one language's outputs and annotations: the part of a sample that is per language,
/// so languages can be written in parallel with the same bytes as in sequence.
struct LanguageWriter: Sendable {
    let world: SampleWorld
    let index: Int

    var entry: SampleWorld.Language { world.languages[index] }

    /// Writes `outputs/<model>.jsonl` (reference included) and
    /// `annotations/<judge>/<model>.jsonl` under `directory` (the language's folder).
    func write(into directory: URL) throws {
        let code = entry.language.code
        let answers = AnswerWriter(entry.language.phrasebook)
        let prompts = entry.prompts
        let outputs = directory.appendingPathComponent("outputs")
        try FileOutput.makeDirectory(outputs)

        let referenceLengths = try writeOutputs(of: world.reference, answers: answers, to: outputs)
        let judges = world.judges.filter { $0.covers(language: code) }
        for judge in judges {
            try FileOutput.makeDirectory(directory.appendingPathComponent("annotations/\(judge.id)"))
        }
        for model in world.models {
            let lengths = try writeOutputs(of: model, answers: answers, to: outputs)
            var luck = SampleRandom.stream(world.seed, "quality", code, model.id)
            let quality = prompts.map { _ in SampleWorld.qualitySD * luck.nextGaussian() }
            let shift = model.strength + world.languageEffect(model: model.id, language: code)
            for judge in judges {
                var rng = SampleRandom.stream(world.seed, "judge", code, judge.id, model.id)
                var out: [UInt8] = []
                out.reserveCapacity(prompts.count * 48)
                for (i, prompt) in prompts.enumerated()
                where world.covers(judge, code: code, prompt: prompt.id) {
                    let z = world.logit(shift: shift, prompt: prompt, quality: quality[i], judge: judge,
                                        modelLength: lengths[i], referenceLength: referenceLengths[i])
                    let preference = judge.preference(logit: z, rng: &rng)
                    out.append(contentsOf: Array("{\"id\":".utf8))
                    JSONText.appendString(prompt.id, to: &out)
                    out.append(contentsOf: Array(",\"preference\":\(JSONText.preference(preference))}\n".utf8))
                }
                try FileOutput.write(out, to: directory.appendingPathComponent(
                    "annotations/\(judge.id)/\(model.id).jsonl"))
            }
        }
    }

    /// Writes one model's answers in prompt order and returns their lengths in code points.
    private func writeOutputs(of model: SampleModel, answers: AnswerWriter, to outputs: URL) throws -> [Int] {
        var rng = SampleRandom.stream(world.seed, "outputs", entry.language.code, model.id)
        var out: [UInt8] = []
        out.reserveCapacity(entry.prompts.count * Int(1800 * model.verbosity))
        var lengths: [Int] = []
        lengths.reserveCapacity(entry.prompts.count)
        for prompt in entry.prompts {
            let target = world.targetLength(model: model, prompt: prompt, rng: &rng)
            out.append(contentsOf: Array("{\"id\":".utf8))
            JSONText.appendString(prompt.id, to: &out)
            out.append(contentsOf: Array(",\"output\":\"".utf8))
            lengths.append(answers.write(target: target, coding: prompt.isCoding, rng: &rng, into: &out))
            out.append(contentsOf: Array("\"}\n".utf8))
        }
        try FileOutput.write(out, to: outputs.appendingPathComponent("\(model.id).jsonl"))
        return lengths
    }
}
