import Foundation
import MPEPContent

/// `mpep export alpaca-eval`: a language's outputs as AlpacaEval `model_outputs.json` files, so a
/// maintainer can run AlpacaEval's judge on the language and bring the verdicts back with
/// `mpep import alpaca-eval`.
///
/// One `<output>/<model>/model_outputs.json` per model with outputs in the language (the
/// reference's too), laid out like AlpacaEval's `results/`: a JSON array of
/// `{"instruction", "output", "generator", "dataset"}` in the order of the language's outputs
/// file. `instruction` is the translated prompt (the text the model answered), `generator` the
/// model id (so the import maps it back to the same id), `dataset` the source prompt's category.
public struct AlpacaEvalExport: Sendable {
    public var content: Content
    public var language: String

    public init(content: Content, language: String) {
        self.content = content
        self.language = language
    }

    /// The files to write, by path relative to the output folder, sorted.
    public func files() throws(InteropError) -> [(path: String, text: String)] {
        guard let language = content.language(language) else {
            throw InteropError("languages/\(self.language)", "no such language in the content tree")
        }
        guard let records = language.loaded else {
            throw InteropError("languages/\(self.language)", "the language was read in outline; export needs its outputs")
        }
        let translations = Dictionary(language.prompts.map { ($0.id, $0.prompt) }, uniquingKeysWith: { a, _ in a })
        let categories = Dictionary(content.sourcePrompts.map { ($0.id, $0.category) }, uniquingKeysWith: { a, _ in a })
        var files: [(String, String)] = []
        for (model, outputs) in records.outputs.sorted(by: { $0.key < $1.key }) {
            var rows: [String] = []
            for output in outputs {
                guard let instruction = translations[output.id] else {
                    throw InteropError(output.location.path, line: output.location.line,
                                       "an output for \"\(output.id)\", which has no translation in this language: run mpep check")
                }
                rows.append(JSONLine.object([
                    ("instruction", .string(instruction)), ("output", .string(output.output)),
                    ("generator", .string(model)), ("dataset", .string((categories[output.id] ?? nil) ?? "mpep")),
                ]))
            }
            let text = rows.isEmpty ? "[]\n" : "[\n  " + rows.joined(separator: ",\n  ") + "\n]\n"
            files.append(("\(model)/model_outputs.json", text))
        }
        return files
    }

    /// Writes ``files()`` under `output` (created when missing); returns the paths written.
    public func write(to output: URL) throws(InteropError) -> [String] {
        var written: [String] = []
        for (path, text) in try files() {
            let url = output.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw InteropError(url.path, "cannot write the file: \(error.localizedDescription)")
            }
            written.append(path)
        }
        return written
    }
}
