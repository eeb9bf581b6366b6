import Foundation
import MPEPContent
import MPEPInterop
import Testing
import TestSupport

/// `mpep import argilla` on exports written by the Argilla SDKs themselves (Tests/Fixtures/argilla,
/// made by scripts/argilla-fixtures/make.sh): one small Dutch effort exported by Argilla 1.x in
/// week 1 and week 2, and by Argilla 2.x.
@Suite("mpep import argilla on real SDK exports")
struct ArgillaExportTests {
    static func fixture(_ name: String) -> URL { Fixtures.argilla.appendingPathComponent(name) }

    /// A tree with the fixtures' source set and an empty Dutch effort.
    static func tree() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory("interop-argilla-real")
        dir.write("prompts.jsonl", try String(contentsOf: fixture("prompts.jsonl"), encoding: .utf8))
        dir.write("languages/nl/language.yml", "name: Dutch\nnative_name: Nederlands\nstatus: active\ntarget: 8\n")
        return dir
    }

    static func translations(_ dir: TemporaryDirectory) throws -> String {
        try String(contentsOf: dir.url.appendingPathComponent("languages/nl/prompts.jsonl"), encoding: .utf8)
    }

    static func importer(_ dir: TemporaryDirectory, overwrite: Bool = false) -> ArgillaImport {
        ArgillaImport(content: dir.url, displayRoot: "content", language: "nl", overwrite: overwrite)
    }

    static let anna = "0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d", bram = "1b8e3d5f-2c4a-4f6b-9d0e-1f2a3b4c5d6e"
    static let carla = "2c9f4e6a-3d5b-4a7c-8e1f-2a3b4c5d6e7f", eva = "4e1b6a8c-5f7d-4c9e-8a3b-4c5d6e7f8091"

    @Test("a 1.x export: submitted texts imported exactly, every other record counted by prompt id")
    func firstImport() throws {
        let dir = try Self.tree()
        let report = try Self.importer(dir).run(export: Self.fixture("nl-v1-week1.jsonl"), displayPath: "nl-v1-week1.jsonl")
        #expect(report.layout == .feedbackDataset)
        #expect(report.records == 9)
        #expect(report.accountedFor == report.records)
        #expect(report.added == ["mpep-001", "mpep-002", "mpep-004", "mpep-007", "mpep-008"])
        #expect(report.unsubmitted == ["mpep-003", "mpep-005", "mpep-006"])  // suggestion only, draft only, discarded only
        #expect(report.unmatched == ["line 9 (id 8)"])
        #expect(report.disputed == ["mpep-004"])
        #expect(report.reviewed == 2)
        let lines = try Self.translations(dir).split(separator: "\n").map(String.init)
        // Two submissions differing by a trailing newline agree; the first one's bytes are published.
        #expect(lines[0] == #"{"id": "mpep-001", "prompt": "Schrijf een kort gedicht over een vuurtorenwachter\ndie al tien jaar geen schip meer heeft gezien.", "translators": ["\#(Self.anna)", "\#(Self.bram)"], "status": "reviewed"}"#)
        // Two of three agree: their text wins, and anna, whose text lost, is not credited.
        #expect(lines[2] == #"{"id": "mpep-004", "prompt": "Leg aan een tienjarige uit wat recursie is.", "translators": ["\#(Self.bram)", "\#(Self.carla)"], "status": "reviewed"}"#)
        // Right-to-left text, a quote and a newline survive the export's \u escapes.
        #expect(lines[4].contains(#""prompt": "Hoe zeg je \"goedemorgen\" in het Hebreeuws (בוקר טוב)?\nAntwoord in één regel.""#))
        #expect(lines.map { $0.hasSuffix(#""status": "reviewed"}"#) } == [true, false, true, false, false])
    }

    @Test("re-importing a later export updates the changed records and says how; a second run changes nothing")
    func sync() throws {
        let dir = try Self.tree()
        let importer = Self.importer(dir)
        _ = try importer.run(export: Self.fixture("nl-v1-week1.jsonl"), displayPath: "week1")
        let week1 = try Self.translations(dir)

        let preview = try importer.run(export: Self.fixture("nl-v1-week2.jsonl"), displayPath: "week2", write: false)
        #expect(try Self.translations(dir) == week1, "a dry run writes nothing")
        #expect(preview.summary.written.isEmpty)

        let report = try importer.run(export: Self.fixture("nl-v1-week2.jsonl"), displayPath: "week2")
        #expect(report.added == ["mpep-003", "mpep-005", "mpep-006"])
        #expect(report.updated == [
            .init(id: "mpep-002", changes: ["status submitted → reviewed", "translators + \(Self.eva)"]),
            .init(id: "mpep-007", changes: ["text corrected in Argilla"]),
        ])
        #expect(report.unchanged == ["mpep-001", "mpep-004", "mpep-008"])
        #expect(report.accountedFor == report.records)
        #expect(preview.added == report.added && preview.updated == report.updated)
        let lines = try Self.translations(dir).split(separator: "\n").map(String.init)
        #expect(lines.count == 8)
        #expect(lines[1].hasSuffix(#""translators": ["\#(Self.anna)", "\#(Self.eva)"], "status": "reviewed"}"#))
        #expect(lines[3].contains(#""prompt": "Vat de plot van Hamlet samen in twee zinnen.""#))
        #expect(lines[5].contains("```python\\ndef is_palindrome(s: str) -> bool:\\n    ...\\n```"))
        #expect(lines[7].contains("«مرحبا بكم»"))
        // Lines that did not change keep their bytes.
        let old = week1.split(separator: "\n")
        #expect(lines[0] == old[0] && lines[2] == old[2] && lines[4] == old[4])

        let synced = try Self.translations(dir)
        let again = try importer.run(export: Self.fixture("nl-v1-week2.jsonl"), displayPath: "week2")
        #expect(again.added.isEmpty && again.updated.isEmpty && again.summary.written.isEmpty)
        #expect(again.unchanged.count == 8)
        #expect(try Self.translations(dir) == synced)
    }

    @Test("a line whose text was edited by hand is kept and named, unless --overwrite")
    func handEdits() throws {
        let dir = try Self.tree()
        _ = try Self.importer(dir).run(export: Self.fixture("nl-v1-week1.jsonl"), displayPath: "week1")
        let edited = try Self.translations(dir).split(separator: "\n").map { line in
            line.contains("\"mpep-007\"")
                ? #"{"id": "mpep-007", "prompt": "Vat Hamlet samen in twee zinnen.", "translators": ["jan-nl"], "status": "reviewed", "note": {"why": "typo"}}"#
                : String(line)
        }.joined(separator: "\n") + "\n"
        dir.write("languages/nl/prompts.jsonl", edited)

        let report = try Self.importer(dir).run(export: Self.fixture("nl-v1-week2.jsonl"), displayPath: "week2")
        #expect(report.keptEdited == ["mpep-007"])
        #expect(try Self.translations(dir).contains(#""prompt": "Vat Hamlet samen in twee zinnen.""#))

        let forced = try Self.importer(dir, overwrite: true).run(export: Self.fixture("nl-v1-week2.jsonl"), displayPath: "week2")
        #expect(forced.updated.map(\.id) == ["mpep-007"])
        #expect(forced.updated.first?.changes.first == "text written by hand replaced (--overwrite)")
        // The hand-credited name and the line's own extra key stay.
        #expect(try Self.translations(dir).contains(#"{"id": "mpep-007", "prompt": "Vat de plot van Hamlet samen in twee zinnen.", "translators": ["\#(Self.bram)", "jan-nl"], "status": "submitted", "note": {"why": "typo"}}"#))
    }

    @Test("a 2.x export imports its submitted translations, the same lines as the same effort in 1.x")
    func argilla2() throws {
        let dir = try Self.tree()
        let report = try Self.importer(dir).run(export: Self.fixture("nl-v2.jsonl"), displayPath: "nl-v2.jsonl")
        #expect(report.layout == .flattened)
        // Counted independently of the importer: records with a submitted response whose source is in the set.
        let sources = Set(try String(contentsOf: Self.fixture("prompts.jsonl"), encoding: .utf8).split(separator: "\n").map {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["prompt"] as! String
        })
        let submitted = try String(contentsOf: Self.fixture("nl-v2.jsonl"), encoding: .utf8).split(separator: "\n").filter {
            let record = try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
            let statuses = record["target.responses.status"] as? [String] ?? []
            return statuses.contains("submitted") && sources.contains(record["source"] as! String)
        }
        #expect(submitted.count == 5)
        #expect(report.added.count == submitted.count)
        #expect(report.accountedFor == report.records)

        let v1 = try Self.tree()
        _ = try Self.importer(v1).run(export: Self.fixture("nl-v1-week1.jsonl"), displayPath: "week1")
        #expect(try Self.translations(dir) == Self.translations(v1))
    }

    @Test("malformed exports are refused with file and line, and nothing is written",
          arguments: [("nl-v1-truncated.jsonl", 3, "invalid JSON"),
                      ("nl-v1-array.json", 1, "one JSON array, not JSON Lines"),
                      ("nl-v1-no-source.jsonl", 4, "no \"source\" string")])
    func malformed(file: String, line: Int, message: String) throws {
        let dir = try Self.tree()
        dir.write("languages/nl/prompts.jsonl", "{\"id\": \"mpep-001\", \"prompt\": \"Al vertaald.\"}\n")
        let error = #expect(throws: InteropError.self) {
            try Self.importer(dir).run(export: Self.fixture(file), displayPath: file)
        }
        #expect(error?.problems.count == 1, "one error, not one per line: \(error?.description ?? "")")
        #expect(error?.problems.first?.path == file)
        #expect(error?.problems.first?.line == line)
        #expect(error?.problems.first?.message.contains(message) == true, "\(error?.description ?? "")")
        #expect(try Self.translations(dir) == "{\"id\": \"mpep-001\", \"prompt\": \"Al vertaald.\"}\n")
    }

    @Test("the command names the layout, the counts and each change; --dry-run writes nothing",
          .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
    func command() throws {
        let dir = try Self.tree()
        for name in ["nl-v1-week1.jsonl", "nl-v1-week2.jsonl", "nl-v1-array.json"] {
            dir.write(name, try String(contentsOf: Self.fixture(name), encoding: .utf8))
        }
        let first = try runMPEP(["import", "argilla", "--content", ".", "--language", "nl", "nl-v1-week1.jsonl"], in: dir.url)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("nl-v1-week1.jsonl: Argilla 1.x FeedbackDataset export"))
        #expect(first.out.contains("9 records: 5 added, 0 updated, 0 unchanged, 0 kept (edited by hand), 4 skipped"))
        #expect(first.out.contains("skipped 3 records without a submitted response: mpep-003, mpep-005, mpep-006"))
        #expect(first.out.contains("skipped 1 records whose source text is not in the source set: line 9 (id 8)"))
        let before = try Self.translations(dir)
        let dry = try runMPEP(["import", "argilla", "--content", ".", "--language", "nl", "--dry-run", "nl-v1-week2.jsonl"], in: dir.url)
        #expect(dry.status == 0, "\(dry.err)")
        #expect(dry.out.contains("updated mpep-002: status submitted → reviewed; translators + \(Self.eva)"))
        #expect(dry.out.contains("updated mpep-007: text corrected in Argilla"))
        #expect(dry.out.contains("dry run: nothing written (3 records to add, 2 to update)"))
        #expect(try Self.translations(dir) == before)
        let array = try runMPEP(["import", "argilla", "--content", ".", "--language", "nl", "nl-v1-array.json"], in: dir.url)
        #expect(array.status != 0)
        #expect(array.err.contains("nl-v1-array.json:1: error: the file is one JSON array"))
        #expect(array.err.split(separator: "\n").filter { $0.contains("error:") }.count == 1)
    }
}
