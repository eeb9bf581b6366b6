import Foundation
import MPEPCommands
import MPEPSample
import Testing
import TestSupport

/// A build split by language across machines (docs/architecture.md, "Past one runner"): each shard
/// builds its languages' own files into its own output and cache; the folders copied into one make
/// the full build a cache hit for every language, and its site is a clean build's.
@Suite("Sharded builds: shards merged by copying give a clean build's site")
struct ShardedBuildTests {
    @Test("two shards, copied into one folder, then one full build that renders only the site-wide pages")
    func twoShards() throws {
        let dir = try IncrementalBuildTests().tree(SampleTreeSpec(languages: 3, models: 3, prompts: 10, judges: 2, seed: 8))
        let codes = try FileManager.default.contentsOfDirectory(
            atPath: dir.url.appendingPathComponent("content/languages").path).sorted()
        let shards = [Set(codes.prefix(1)), Set(codes.dropFirst())]
        for (i, shard) in shards.enumerated() {
            var pipeline = IncrementalBuildTests().pipeline(dir, output: "shard-\(i)/site", incremental: true)
            pipeline.languages = shard
            let report = try pipeline.build()
            #expect(report.rankedLanguages == shard.sorted())
            let written = try FileManager.default.contentsOfDirectory(
                atPath: dir.url.appendingPathComponent("shard-\(i)/site").path)
            #expect(written == ["languages"], "a shard writes its languages' files only")
        }
        // The merge: every shard's output and cache copied into one place.
        let merged = dir.url.appendingPathComponent("merged")
        for i in shards.indices {
            try copyMerging(dir.url.appendingPathComponent("shard-\(i)"), into: merged)
        }
        let report = try IncrementalBuildTests().pipeline(dir, output: "merged/site", incremental: true).build()
        #expect(report.outlinedLanguages == codes)
        #expect(report.rankedLanguages == [] && report.renderedLanguages == [])
        _ = try IncrementalBuildTests().pipeline(dir, output: "clean/site", incremental: false).build()
        let built = folderSnapshot(merged.appendingPathComponent("site"))
        let clean = folderSnapshot(dir.url.appendingPathComponent("clean/site"))
        #expect(built.keys.sorted() == clean.keys.sorted())
        #expect(built.filter { clean[$0.key] != $0.value }.keys.sorted() == [])
    }

    @Test("a shard naming a language the content does not have is an error that names it")
    func unknownLanguage() throws {
        let dir = try IncrementalBuildTests().tree(SampleTreeSpec(languages: 1, models: 2, prompts: 8, judges: 1, seed: 2))
        var pipeline = IncrementalBuildTests().pipeline(dir, output: "site", incremental: true)
        pipeline.languages = ["xx"]
        #expect {
            try pipeline.build()
        } throws: { error in
            guard case .content(let diagnostics) = error as? Pipeline.Failure else { return false }
            return diagnostics.contains { $0.message.contains("--languages xx") }
        }
    }

    /// Copies a folder's tree into another, as `actions/download-artifact` with `merge-multiple` does.
    private func copyMerging(_ source: URL, into target: URL) throws {
        let fm = FileManager.default
        for relative in fm.subpaths(atPath: source.path) ?? [] {
            let from = source.appendingPathComponent(relative), to = target.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: from.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".site") }) else { continue }
            try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !fm.fileExists(atPath: to.path) { try fm.copyItem(at: from, to: to) }
        }
    }
}
