import Foundation
import MPEPContent
import MPEPInterop
import Testing
import TestSupport

/// A Hugging Face export of an Argilla translation dataset, written by hand in the layout of the
/// original project's exports (`Dataset.to_json`: one JSON object per line, `metadata` a JSON string),
/// for the cases the SDK-made fixtures (ArgillaExportTests) do not show at a glance.
@Suite("mpep import argilla")
struct ArgillaImportTests {
    static let export = #"""
        {"source":"Add 2 and 2.","target":[{"user_id":"u-anna","value":"Tel 2 en 2 op.","status":"submitted"},{"user_id":"u-bert","value":"Tel 2 en 2 op.","status":"submitted"}],"target-suggestion":"Voeg 2 en 2 toe.","target-suggestion-metadata":{"type":"model","score":null,"agent":"gpt-4"},"external_id":"p1","metadata":"{\"evolved_from\": null, \"kind\": \"human\", \"source\": \"OpenAssistant/oasst2\"}"}
        {"source":"Write a haiku  about rain.\n","target":[{"user_id":"u-bert","value":"Schrijf een haiku over regen.","status":"submitted"},{"user_id":"u-carla","value":"Dicht een haiku over regen.","status":"draft"}],"target-suggestion":"Schrijf een haiku over regen.","target-suggestion-metadata":{"type":"model","score":null,"agent":"gpt-4"},"external_id":"42","metadata":"{\"kind\": \"synthetic\"}"}
        {"source":"Explain recursion.","target":[{"user_id":"u-carla","value":"Leg recursie uit.","status":"discarded"}],"target-suggestion":"Leg recursie uit.","target-suggestion-metadata":{"type":"model","score":null,"agent":"gpt-4"},"external_id":"p3","metadata":"{}"}
        {"source":"What is the capital of Peru?","target":[{"user_id":"u-anna","value":"Wat is de hoofdstad van Peru?","status":"submitted"}],"target-suggestion":"Wat is de hoofdstad van Peru?","target-suggestion-metadata":{"type":"model","score":null,"agent":"gpt-4"},"external_id":"p9","metadata":"{}"}
        {"source":"Explain recursion.","target":[],"target-suggestion":"Leg recursie uit.","target-suggestion-metadata":{"type":"model","score":null,"agent":"gpt-4"},"external_id":"p3b","metadata":"{}"}
        """#

    /// The minimal tree without its Dutch translations, ready to receive the export.
    static func tree() -> TemporaryDirectory {
        let dir = TemporaryDirectory("interop-argilla")
        ContentTrees.minimal(in: dir)
        try? FileManager.default.removeItem(at: dir.url.appendingPathComponent("languages/nl/prompts.jsonl"))
        return dir
    }

    @Test("submitted translations by id or by source text; agreement makes reviewed; the rest is counted")
    func imports() throws {
        let dir = Self.tree()
        let file = dir.write("export/nl.jsonl", Self.export)
        let report = try ArgillaImport(content: dir.url, displayRoot: "content", language: "nl").run(export: file, displayPath: "nl.jsonl")
        #expect(try String(contentsOf: dir.url.appendingPathComponent("languages/nl/prompts.jsonl"), encoding: .utf8) == """
            {"id": "p1", "prompt": "Tel 2 en 2 op.", "translators": ["u-anna", "u-bert"], "status": "reviewed"}
            {"id": "p2", "prompt": "Schrijf een haiku over regen.", "translators": ["u-bert"], "status": "submitted"}

            """)
        #expect(report.records == 5)
        #expect(report.added == ["p1", "p2"])
        #expect(report.reviewed == 1)
        #expect(report.matchedByText == 2)
        #expect(report.unsubmitted == ["p3", "p3"])  // two records of one prompt, neither submitted
        #expect(report.unmatched == ["line 4 (id p9)"])
        #expect(report.accountedFor == report.records)
        #expect(report.annotators == ["u-anna", "u-bert"])
        let loaded = ContentLoader(root: dir.url, displayRoot: "content").load()
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.content?.language("nl")?.prompts.map(\.status) == [.reviewed, .submitted])
    }

    @Test("the most submitted text wins, only its translators are credited, and a correction in Argilla updates the line")
    func majorityAndCorrection() throws {
        let dir = Self.tree()
        let rows = #"{"source":"Add 2 and 2.","target":[{"user_id":"a","value":"Eerste.","status":"submitted"},{"user_id":"b","value":"Tweede.","status":"submitted"},{"user_id":"c","value":"Tweede.","status":"submitted"}],"external_id":"p1","metadata":"{}"}"#
        let file = dir.write("nl.jsonl", rows)
        let importer = ArgillaImport(content: dir.url, displayRoot: "content", language: "nl")
        let report = try importer.run(export: file, displayPath: "nl.jsonl")
        #expect(report.reviewed == 1)
        #expect(report.disputed == ["p1"])
        #expect(try String(contentsOf: dir.url.appendingPathComponent("languages/nl/prompts.jsonl"), encoding: .utf8)
                .contains(#""prompt": "Tweede.", "translators": ["b", "c"], "status": "reviewed""#))
        #expect(try importer.run(export: file, displayPath: "nl.jsonl").summary.recordsAdded == 0)
        let changed = dir.write("nl2.jsonl", rows.replacingOccurrences(of: "Tweede.", with: "Derde."))
        let update = try importer.run(export: changed, displayPath: "nl2.jsonl")
        #expect(update.updated == [.init(id: "p1", changes: ["text corrected in Argilla"])])
        #expect(try String(contentsOf: dir.url.appendingPathComponent("languages/nl/prompts.jsonl"), encoding: .utf8)
                .contains(#""prompt": "Derde.""#))
    }

    @Test("an unknown language and a malformed line are refused with their location")
    func refusals() throws {
        let dir = Self.tree()
        let file = dir.write("x.jsonl", "{\"source\": true}\nnot json\n")
        #expect(throws: InteropError.self) {
            try ArgillaImport(content: dir.url, displayRoot: "content", language: "xx").run(export: file, displayPath: "x.jsonl")
        }
        let error = #expect(throws: InteropError.self) {
            try ArgillaImport(content: dir.url, displayRoot: "content", language: "nl").run(export: file, displayPath: "x.jsonl")
        }
        #expect(error?.problems.map(\.line) == [1, 2])
    }

    @Test("the command reports the counts and the annotators",
          .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
    func command() throws {
        let dir = Self.tree()
        dir.write("nl.jsonl", Self.export)
        let run = try runMPEP(["import", "argilla", "--content", ".", "--language", "nl", "nl.jsonl"], in: dir.url)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("5 records: 2 added, 0 updated, 0 unchanged, 0 kept (edited by hand), 3 skipped"))
        #expect(run.out.contains("translations: 2 (1 reviewed), 2 matched by source text"))
        #expect(run.out.contains("annotators in nl: 2"))
        #expect(run.out.contains("skipped 2 records without a submitted response: p3, p3"))
        #expect(run.out.contains("skipped 1 records whose source text is not in the source set: line 4 (id p9)"))
    }
}
