import Foundation
import MPEPParallel

/// Real answer text for the size benchmark (`--real-answers DIR`): a site's size after compression
/// depends on its text, and the sample's phrasebook answers repeat a few hundred phrases, which
/// gzip packs far better than real answers.
///
/// The corpus is every non-empty `output` of the JSON files under DIR (AlpacaEval's
/// `model_outputs.json` and reference files, in English). A generated tree keeps its shape: each
/// answer is replaced by real text of the same UTF-8 length (whole answers from the corpus, from a
/// place seeded by the file and line, joined until the length is reached, then cut), so the tree
/// has exactly the phrasebook tree's bytes and the sample's length distribution, and only the
/// text's compressibility differs.
enum RealAnswers {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The answers of every `*.json` file under `folder` (a list of objects with an `output`).
    static func corpus(from folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
            throw Failure(description: "cannot read \(folder.path)")
        }
        var texts: [String] = []
        for case let relative as String in walker where relative.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path),
                  let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { continue }
            texts += rows.compactMap { $0["output"] as? String }.filter { !$0.isEmpty }
        }
        guard texts.count >= 100 else {
            throw Failure(description: "\(folder.path) holds \(texts.count) answers (model_outputs.json files); at least 100 are needed")
        }
        return texts.sorted()
    }

    /// Replaces the text of every answer under `content/languages/*/outputs/` (in place).
    static func replace(in content: URL, corpus: [String]) throws {
        let languages = content.appendingPathComponent("languages")
        let files = try FileManager.default.contentsOfDirectory(atPath: languages.path).sorted().flatMap { code in
            let outputs = languages.appendingPathComponent(code).appendingPathComponent("outputs")
            return ((try? FileManager.default.contentsOfDirectory(atPath: outputs.path)) ?? []).sorted()
                .filter { $0.hasSuffix(".jsonl") }.map { outputs.appendingPathComponent($0) }
        }
        let corpus = corpus.map { Array($0.utf8) }
        let failures = ParallelMap.map(files) { file -> String? in
            do {
                try rewrite(file, corpus: corpus)
                return nil
            } catch {
                return "\(file.path): \(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw Failure(description: failure) }
    }

    private static func rewrite(_ file: URL, corpus: [[UInt8]]) throws {
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        var out = Data()
        for (index, line) in text.split(separator: "\n").enumerated() {
            guard var row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let output = row["output"] as? String else { throw Failure(description: "line \(index + 1) has no output") }
            row["output"] = realText(bytes: output.utf8.count, seed: "\(file.lastPathComponent) \(index)", corpus: corpus)
            out += try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys, .withoutEscapingSlashes])
            out.append(0x0A)
        }
        try out.write(to: file)
    }

    /// Real text of `bytes` UTF-8 bytes (a little less when the cut falls inside a character).
    static func realText(bytes: Int, seed: String, corpus: [[UInt8]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325   // FNV-1a: the same place for the same answer on every run
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var index = Int(hash % UInt64(corpus.count))
        var text: [UInt8] = []
        text.reserveCapacity(bytes + 16)
        while text.count < bytes {
            if !text.isEmpty { text += Array("\n\n".utf8) }
            text += corpus[index]
            index = (index + 7919) % corpus.count
        }
        var end = bytes
        while end > 0, end < text.count, text[end] & 0xC0 == 0x80 { end -= 1 }   // not inside a character
        return String(decoding: text[..<end], as: UTF8.self)
    }
}
