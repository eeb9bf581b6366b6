import Foundation
import MPEPContent
import MPEPInterop
import MPEPRank
import MPEPStats
import Testing
import TestSupport

/// The real AlpacaEval files of `Tests/Fixtures/alpaca_eval` (a slice), imported and ranked by mpep's
/// own pipeline, give AlpacaEval's own head-to-head figures (`expected.json`).
@Suite("AlpacaEval import, acceptance on the real fixture")
struct AlpacaEvalAcceptanceTests {
    /// ae2 and ae1 as two languages of one tree (ae1 then overrides the reference in its language.yml).
    static func importFixture(into dir: TemporaryDirectory) throws -> [String: AlpacaEvalImport.Report] {
        let root = Fixtures.alpacaEval
        var reports: [String: AlpacaEvalImport.Report] = [:]
        for suite in ["ae2", "ae1"] {
            let models = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(suite).path)
                .filter { !$0.hasSuffix(".json") }.sorted()
            let input = { (model: String, file: String) in
                AlpacaEvalImport.Input(url: root.appendingPathComponent("\(suite)/\(model)/\(file)"),
                                       displayPath: "\(suite)/\(model)/\(file)")
            }
            reports[suite] = try AlpacaEvalImport(content: dir.url, displayRoot: "content", language: suite)
                .run(annotations: models.map { input($0, "annotations.json") },
                     modelOutputs: models.map { input($0, "model_outputs.json") })
        }
        return reports
    }

    static func expected(_ suite: String) throws -> [String: [String: Any]] {
        let url = Fixtures.alpacaEval.appendingPathComponent("\(suite)/expected.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return json["models"] as! [String: [String: Any]]
    }

    /// The model id mpep gives a fixture folder: its generator_2, made a valid id.
    static func modelId(_ suite: String, _ folder: String) throws -> String {
        let url = Fixtures.alpacaEval.appendingPathComponent("\(suite)/\(folder)/annotations.json")
        let rows = try AlpacaEvalFiles.readAnnotations(url, displayPath: folder)
        return ContentIds.make(from: rows[0].generator2)!
    }

    @Test("the 8 fixture models, loaded and ranked by mpep, have AlpacaEval's head-to-head figures (and LC within 0.01)")
    func headToHeadEqualsExpected() throws {
        let dir = TemporaryDirectory("interop-ae")
        // A site.yml of our own, so the ranking skips the bootstrap (not under test here).
        dir.write("site.yml", "title: AlpacaEval\nreference: gpt4_1106_preview\njudge: weighted_alpaca_eval_gpt4_turbo\nbootstrap_rounds: 0\n")
        _ = try Self.importFixture(into: dir)
        let loaded = ContentLoader(root: dir.url, displayRoot: "content").load()
        let content = try #require(loaded.content)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(3))")
        let rankings = try Ranker.rank(content)

        var compared = 0
        for suite in ["ae1", "ae2"] {
            let language = try #require(rankings.languages.first { $0.code == suite })
            let loadedLanguage = try #require(content.language(suite))
            for (folder, figures) in try Self.expected(suite).sorted(by: { $0.key < $1.key }) {
                let id = try Self.modelId(suite, folder)
                let got: (winRate: Double, se: Double, wins: Int, base: Int, draws: Int, total: Int, discrete: Double, avg: Int)
                if id == language.reference {
                    // The reference judged against itself: mpep's leaderboard leaves it out, so its
                    // imported rows are checked through the loader and MPEPStats directly.
                    let rows = try #require(loadedLanguage.loaded!.annotations.values.first?[id])
                    let h = headToHead(rows.map(\.preference))
                    let avg = Int(averageLength(try #require(loadedLanguage.loaded!.outputs[id]).map { codePointLength($0.output) }))
                    got = (h.winRate, h.standardError, h.nWins, h.nWinsBase, h.nDraws, h.nTotal, h.discreteWinRate, avg)
                } else {
                    let entry = try #require(language.leaderboards.flatMap(\.entries).first { $0.model == id }, "\(suite)/\(id)")
                    // The imported lengths feed the length-controlled fit as AlpacaEval's own files do.
                    let lc = try #require(entry.lcMinimalWinRate, "\(suite)/\(id) LC")
                    let expectedLC = try #require((figures["lc_minimal_winrate"] as? NSNumber)?.doubleValue)
                    #expect(abs(lc - expectedLC) <= 0.01, "\(suite)/\(folder) lc_minimal_winrate \(lc) vs \(expectedLC)")
                    got = (entry.winRate, entry.standardError, entry.nWins, entry.nWinsBase, entry.nDraws, entry.nTotal,
                           entry.discreteWinRate, entry.avgLength)
                }
                let label = "\(suite)/\(folder)"
                #expect(close(got.winRate, figures["win_rate"]), "\(label) win_rate")
                #expect(close(got.se, figures["standard_error"]), "\(label) standard_error")
                #expect(close(got.discrete, figures["discrete_win_rate"]), "\(label) discrete_win_rate")
                #expect(got.wins == figures["n_wins"] as? Int, "\(label) n_wins")
                #expect(got.base == figures["n_wins_base"] as? Int, "\(label) n_wins_base")
                #expect(got.draws == figures["n_draws"] as? Int, "\(label) n_draws")
                #expect(got.total == figures["n_total"] as? Int, "\(label) n_total")
                #expect(got.avg == figures["avg_length"] as? Int, "\(label) avg_length")
                compared += 1
            }
        }
        #expect(compared == 8)
    }

    @Test("a second import of the same files changes no byte")
    func idempotent() throws {
        let dir = TemporaryDirectory("interop-ae-twice")
        _ = try Self.importFixture(into: dir)
        let before = folderSnapshot(dir.url)
        let again = try Self.importFixture(into: dir)
        #expect(folderSnapshot(dir.url) == before)
        #expect(again.values.allSatisfy { $0.summary.recordsAdded == 0 && $0.summary.written.isEmpty })
    }

    @Test("exporting an imported language gives back AlpacaEval's own model_outputs.json rows, in order")
    func exportMatchesOriginals() throws {
        let dir = TemporaryDirectory("interop-ae-export")
        _ = try Self.importFixture(into: dir)
        let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
        let files = try AlpacaEvalExport(content: content, language: "ae2").files()
        for folder in ["alpaca-7b", "claude-2.1", "gpt-3.5-turbo-1106", "text_davinci_001"] {
            let original = try AlpacaEvalFiles.readOutputs(
                Fixtures.alpacaEval.appendingPathComponent("ae2/\(folder)/model_outputs.json"), displayPath: folder)
            let text = try #require(files.first { $0.path == "\(folder)/model_outputs.json" }?.text)
            let exported = try JSONDecoder().decode([AlpacaEvalFiles.OutputRow].self, from: Data(text.utf8))
            #expect(exported.map { [$0.instruction, $0.output, $0.generator, $0.dataset ?? ""] }
                    == original.map { [$0.instruction, $0.output, $0.generator, $0.dataset ?? ""] }, "\(folder)")
        }
    }

    @Test("site.yml, language.yml, models and judges are created with the original names and the detected preference kind")
    func metadataCreated() throws {
        let dir = TemporaryDirectory("interop-ae-meta")
        _ = try Self.importFixture(into: dir)
        let read = { (path: String) in try String(contentsOf: dir.url.appendingPathComponent(path), encoding: .utf8) }
        #expect(try read("site.yml").contains("reference: gpt4_1106_preview"))
        #expect(try read("languages/ae1/language.yml").contains("reference: text_davinci_003"))
        // NullModel's files call their generator "example".
        #expect(try read("models/example.yml") == "name: \"example\"\n")
        #expect(try read("models/gpt-3.5-turbo-1106.yml") == "name: \"gpt-3.5-turbo-1106\"\n")
        #expect(try read("judges/weighted_alpaca_eval_gpt4_turbo.yml").contains("preference_kind: weighted"))
        #expect(try read("judges/alpaca_eval_gpt4.yml").contains("preference_kind: discrete"))
    }
}

private func close(_ a: Double, _ b: Any?) -> Bool {
    guard let b = (b as? NSNumber)?.doubleValue else { return false }
    return a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
}
