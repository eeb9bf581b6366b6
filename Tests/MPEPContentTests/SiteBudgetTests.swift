import Foundation
import Testing
import TestSupport
@testable import MPEPContent

@Suite("site.yml's size budget and answer layout")
struct SiteBudgetTests {
    private func site(_ extra: String) -> ContentLoader.Result {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let yml = String(decoding: FileManager.default.contents(atPath: dir.url.appendingPathComponent("site.yml").path)!, as: UTF8.self)
        dir.write("site.yml", yml + "\n" + extra)
        return ContentLoader(root: dir.url, displayRoot: "content").load()
    }

    @Test("without the keys: GitHub Pages' 1 GB, 20,000 files of at most 25 MiB, and answers: auto")
    func defaults() throws {
        let content = try #require(site("").content)
        #expect(content.site.budget == SiteBudget(bytes: 1_000_000_000, files: 20_000, fileBytes: 26_214_400))
        #expect(content.site.answers == .auto)
    }

    @Test("the keys set the budget and the layout")
    func keys() throws {
        let result = site("answers: bundles\nbudget_bytes: 500000000\nbudget_files: 100000\nbudget_file_bytes: 1000000\n")
        #expect(result.diagnostics == [])
        let content = try #require(result.content)
        #expect(content.site.budget == SiteBudget(bytes: 500_000_000, files: 100_000, fileBytes: 1_000_000))
        #expect(content.site.answers == .bundles)
    }

    @Test("a wrong value is an error at its line, naming the key and what it accepts")
    func wrongValues() {
        let messages = site("answers: zipped\nbudget_bytes: 0\nbudget_files: many\n").diagnostics.map(\.description)
        #expect(messages == [
            #"content/site.yml:9:1: error: "answers" must be one of auto | pages | bundles, found "zipped""#,
            #"content/site.yml:10:1: error: "budget_bytes" must be between 1 and 1000000000000, found 0"#,
            #"content/site.yml:11:1: error: "budget_files" must be a whole number, found "many""#,
        ])
    }
}
