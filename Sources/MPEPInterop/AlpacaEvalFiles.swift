import Foundation

/// AlpacaEval's result files, as `alpaca_eval evaluate` writes them under `results/<model>/`.
///
/// Only the fields mpep uses are decoded; the others (`raw_completion`, prices, times) are
/// ignored, so files from any AlpacaEval version read alike.
public enum AlpacaEvalFiles {
    /// One row of `annotations.json`: the judge (`annotator`) compared `output_1` by
    /// `generator_1` (the reference) with `output_2` by `generator_2` (the model).
    public struct AnnotationRow: Decodable, Sendable, Equatable {
        public var instruction: String
        public var output1: String?
        public var generator1: String
        public var output2: String?
        public var generator2: String
        public var annotator: String
        public var preference: Double?
        public var dataset: String?

        enum CodingKeys: String, CodingKey {
            case instruction, annotator, preference, dataset
            case output1 = "output_1", generator1 = "generator_1"
            case output2 = "output_2", generator2 = "generator_2"
        }

        public init(instruction: String, output1: String?, generator1: String, output2: String?, generator2: String,
                    annotator: String, preference: Double?, dataset: String? = nil) {
            self.instruction = instruction
            self.output1 = output1
            self.generator1 = generator1
            self.output2 = output2
            self.generator2 = generator2
            self.annotator = annotator
            self.preference = preference
            self.dataset = dataset
        }
    }

    /// One row of `model_outputs.json` (also the format AlpacaEval's `evaluate` reads).
    public struct OutputRow: Codable, Sendable, Equatable {
        public var instruction: String
        public var output: String
        public var generator: String
        public var dataset: String?

        public init(instruction: String, output: String, generator: String, dataset: String? = nil) {
            self.instruction = instruction
            self.output = output
            self.generator = generator
            self.dataset = dataset
        }
    }

    public static func readAnnotations(_ url: URL, displayPath: String) throws(InteropError) -> [AnnotationRow] {
        try decode([AnnotationRow].self, url, displayPath: displayPath)
    }

    public static func readOutputs(_ url: URL, displayPath: String) throws(InteropError) -> [OutputRow] {
        try decode([OutputRow].self, url, displayPath: displayPath)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL, displayPath: String) throws(InteropError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InteropError(displayPath, "cannot read the file: \(error.localizedDescription)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw InteropError(displayPath, "not an AlpacaEval file: row \(rowNumber(context.codingPath)) has no \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.last.map { "\"\($0.stringValue)\"" } ?? "the file"
            throw InteropError(displayPath, "not an AlpacaEval file: \(field) of row \(rowNumber(context.codingPath)) has the wrong type (\(context.debugDescription))")
        } catch {
            throw InteropError(displayPath, "not a JSON array of AlpacaEval rows: \(error)")
        }
    }

    /// 1-based, as a person counts rows of the array.
    private static func rowNumber(_ path: [CodingKey]) -> String {
        path.first?.intValue.map { String($0 + 1) } ?? "?"
    }
}
