import Foundation
import MPEPCommands
import MPEPContent
import MPEPSample
import Testing
import TestSupport

/// The site of a fixed sample tree (`mpep sample --languages 4 --models 8 --prompts 50`, seed 1),
/// built on a fixed date, is the one recorded in `Tests/Fixtures/site-digests/` file by file:
/// a change to the code's structure must not change a byte of the site. A change meant to alter
/// pages updates the record: `MPEP_UPDATE_DIGESTS=1 swift test --filter SiteDigestTests`, and
/// the diff of the record shows which files changed.
@Suite("The site of a fixed sample is byte-identical to the recorded one")
struct SiteDigestTests {
    static let digests = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/site-digests")

    @Test("answers in their prompt pages, and answers in bundles", arguments: ["pages", "bundles"])
    func recorded(_ answers: String) throws {
        let dir = TemporaryDirectory("mpep-digest")
        let content = dir.url.appendingPathComponent("content")
        try SampleTree.generate(SampleTreeSpec(languages: 4, models: 8, prompts: 50, judges: 3, seed: 1), into: content)
        let site = content.appendingPathComponent("site.yml")
        try (try Data(contentsOf: site) + Data("answers: \(answers)\n".utf8)).write(to: site)
        var pipeline = Pipeline(paths: Pipeline.Paths(
            content: content.path, templates: Fixtures.repositoryRoot.appendingPathComponent("templates").path,
            output: dir.url.appendingPathComponent("site").path, readme: nil))
        pipeline.buildDate = "2026-12-01T00:00:00Z"
        pipeline.incremental = false
        _ = try pipeline.build()

        let built = folderSnapshot(dir.url.appendingPathComponent("site"))
        let lines = built.keys.sorted().map { path in
            var hash = ContentHash()
            hash.add(built[path]!)
            return "\(path)\t\(built[path]!.count)\t\(hash.hex)"
        }
        let record = Self.digests.appendingPathComponent("sample-4x8x50-\(answers).tsv")
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["MPEP_UPDATE_DIGESTS"] == "1" {
            try Data(text.utf8).write(to: record)
            return
        }
        let recorded = try String(contentsOf: record, encoding: .utf8).split(separator: "\n").map(String.init)
        let changed = Set(lines).symmetricDifference(recorded).map { $0.prefix { $0 != "\t" } }
        #expect(changed.isEmpty, "files that differ from \(record.lastPathComponent): \(Set(changed).sorted().prefix(20))")
    }
}
