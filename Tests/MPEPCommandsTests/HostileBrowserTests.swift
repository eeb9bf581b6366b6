import Foundation
import Testing
import TestSupport

/// The hostile tree's built pages in headless Chromium (Debian's `chromium`, installed by
/// `.ci/install-chromium`): no payload may run. Payloads that run set `data-pwned` on the
/// document or its body, or set the title to "pwned"; `javascript:`, `vbscript:` and `data:`
/// links cannot be clicked headless, so the links as the browser parsed them are checked.
///
/// One Chromium process per page costs seconds, so a harness page loads every built page in
/// turn in an iframe (same origin under `--allow-file-access-from-files`) and reports what it
/// finds through `--dump-dom`; a few pages are also loaded on their own, as a visitor would.
@Suite("Hostile content in headless Chromium",
       .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"),
       .enabled(if: Chromium.executable != nil, "chromium is not installed (run .ci/install-chromium): skipped"))
struct HostileBrowserTests {
    struct PageReport: Decodable {
        var path: String
        var pwned: Bool?
        var title: String?
        var runnable: [String]?
        var error: String?
        var answerLinks: Int?
        var expanded: Int?
    }

    @Test("no payload runs in any built page, loaded in an iframe or on its own")
    func noPayloadRuns() throws {
        let (workspace, pages) = try HostilePagesTests.build()
        let paths = pages.keys.sorted().map { "site/" + $0 }
        let harness = workspace.url.appendingPathComponent("harness.html")
        try Data(Chromium.harness(pages: paths).utf8).write(to: harness)

        let started = Date()
        let dom = try Chromium.dumpDOM(harness, profile: workspace.url.appendingPathComponent("profile"),
                                       budgetMilliseconds: max(60_000, paths.count * 2_000))
        let reports = try Chromium.reports(in: dom)
        print("chromium: \(reports.count) of \(paths.count) pages loaded through the harness in "
              + String(format: "%.1f s", Date().timeIntervalSince(started)))
        #expect(reports.map(\.path) == paths, "the harness did not load every page")
        for report in reports {
            #expect(report.error == nil, "\(report.path): \(report.error ?? "")")
            #expect(report.pwned == false, "\(report.path): a payload ran")
            #expect(report.title != "pwned" && report.title?.isEmpty == false, "\(report.path): title \(report.title ?? "nil")")
            #expect(report.runnable?.isEmpty == true, "\(report.path): links that run code: \(report.runnable ?? [])")
        }
        #expect(Chromium.pwnedElements(in: dom).isEmpty, "a payload reached the harness page itself")

        // As a visitor loads them: the home page and every language page.
        for path in paths where path == "site/index.html" || path.hasSuffix("languages/nl/index.html")
            || path.hasSuffix("languages/ar/index.html") {
            let page = try Chromium.dumpDOM(workspace.url.appendingPathComponent(path),
                                            profile: workspace.url.appendingPathComponent("profile"),
                                            budgetMilliseconds: 5_000)
            #expect(page.contains("</html>"), "\(path): Chromium printed no document")
            #expect(Chromium.pwnedElements(in: page).isEmpty, "\(path): a payload ran")
            #expect(Chromium.title(in: page) != "pwned", "\(path): a payload set the title")
        }
    }

    @Test("with bundled answers, every answer expanded in the browser from its bundle runs nothing")
    func bundledAnswersRunNothing() throws {
        let (workspace, pages) = try HostilePagesTests.build(bundled: true, fileURLs: true)
        let paths = pages.keys.filter { $0.contains("/prompts/") && $0 != "languages/nl/prompts/index.html" }.sorted()
            .map { "site/" + $0 }
        try #require(!paths.isEmpty)
        let harness = workspace.url.appendingPathComponent("harness.html")
        try Data(Chromium.harness(pages: paths, expandAnswers: true).utf8).write(to: harness)
        let dom = try Chromium.dumpDOM(harness, profile: workspace.url.appendingPathComponent("profile"),
                                       budgetMilliseconds: max(60_000, paths.count * 3_000))
        let reports = try Chromium.reports(in: dom)
        #expect(reports.map(\.path) == paths, "the harness did not load every page")
        var expanded = 0
        for report in reports {
            #expect(report.error == nil, "\(report.path): \(report.error ?? "")")
            #expect(report.pwned == false, "\(report.path): a payload ran")
            #expect(report.title != "pwned", "\(report.path): a payload set the title")
            #expect(report.runnable?.isEmpty == true, "\(report.path): links that run code: \(report.runnable ?? [])")
            // The answers really were put in place: the payloads went through the new path.
            #expect(report.expanded == report.answerLinks, "\(report.path): \(report.expanded ?? -1) of \(report.answerLinks ?? -1) answers expanded")
            expanded += report.expanded ?? 0
        }
        #expect(expanded > 0, "no answer was expanded")
        #expect(Chromium.pwnedElements(in: dom).isEmpty, "a payload reached the harness page itself")
        print("chromium: \(expanded) bundled answers expanded on \(reports.count) prompt pages")
    }

    @Test("the harness sees a payload that runs and a javascript: link (the check can fail)")
    func harnessDetects() throws {
        let dir = TemporaryDirectory()
        dir.write("site/bad.html", """
            <!doctype html><html><head><title>t</title></head><body>
            <img src=x onerror="document.body.setAttribute('data-pwned',1)"><a href="jav&#x61;script:x">x</a>
            </body></html>
            """)
        dir.write("site/good.html", "<!doctype html><title>ok</title><p>&lt;img src=x onerror=x&gt;</p>")
        let harness = dir.write("harness.html", Chromium.harness(pages: ["site/bad.html", "site/good.html"]))
        let dom = try Chromium.dumpDOM(harness, profile: dir.url.appendingPathComponent("profile"),
                                       budgetMilliseconds: 20_000)
        let reports = try Chromium.reports(in: dom)
        #expect(reports.map(\.pwned) == [true, false])
        #expect(reports.map { $0.runnable ?? ["?"] } == [["javascript:x"], []])
        #expect(reports.map(\.title) == ["t", "ok"])
    }
}
