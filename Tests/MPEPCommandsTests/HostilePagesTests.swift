import Foundation
import Testing
import TestSupport
import MPEPRender

/// The hostile tree through the real `mpep build`: every HTML file of the build is inspected,
/// so pages added later (per-prompt and per-model drill-downs, which show prompts and outputs)
/// are covered as soon as they are built, with no change here.
@Suite("Hostile content through built pages",
       .enabled(if: mpepExecutable != nil, "the mpep executable is not built beside the tests"))
struct HostilePagesTests {
    /// Builds the hostile tree; returns the workspace and the built HTML pages by path.
    /// With `bundled`, site.yml asks for answers in compressed bundles (`answers: bundles`); with
    /// `fileURLs`, links are `file:` addresses into the built site, so that a browser opening the
    /// pages from disk loads their scripts and bundles (root-relative links would leave the site).
    static func build(bundled: Bool = false, fileURLs: Bool = false) throws -> (BuildWorkspace, [String: String]) {
        var workspace = BuildWorkspace()
        if fileURLs { workspace.options = ["--base-url", workspace.url.appendingPathComponent("site").absoluteString + "/"] }
        try HostileTree.write(into: workspace.url.appendingPathComponent("content"))
        if bundled {
            let site = workspace.url.appendingPathComponent("content/site.yml")
            try (String(contentsOf: site, encoding: .utf8) + "\nanswers: bundles\n").write(to: site, atomically: true, encoding: .utf8)
        }
        try workspace.readme()
        try workspace.build(content: "content", output: "site", readme: "README.md")
        let pages = workspace.snapshot("site").filter { $0.key.hasSuffix(".html") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        return (workspace, pages)
    }

    @Test("no built page holds executable markup from data, and the payloads show as text")
    func inertPages() throws {
        let (workspace, pages) = try Self.build()
        try #require(pages.count >= 5, "the build made \(pages.count) pages")
        var carrying = 0
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            let findings = ExecutableMarkup.findings(in: html, marker: HostileTree.marker)
            #expect(findings.isEmpty, "\(path):\n\(findings.prefix(8).joined(separator: "\n"))")
            if html.contains(HostileTree.marker) { carrying += 1 }
            #expect(!html.contains("{{=<% %>=}}") || html.contains("{{site.title}}"),
                    "\(path): Mustache in data was evaluated")
        }
        print("hostile build: \(pages.count) HTML pages inspected, \(carrying) show payload text")
        // The payloads reach the pages as text: names and titles are on every page.
        #expect(carrying * 2 >= pages.count, "payload text is on only \(carrying) of \(pages.count) pages")
        let readme = String(decoding: workspace.contents("README.md") ?? Data(), as: UTF8.self)
        let region = readme.components(separatedBy: "<!-- efforts:start -->").last ?? ""
        #expect(!region.contains("<script") && !region.contains("](javascript:"), "README efforts region")
    }

    @Test("with bundled answers, every answer in every bundle is inert markup and the pages link to them")
    func inertBundles() throws {
        let (workspace, pages) = try Self.build(bundled: true)
        let bundles = workspace.snapshot("site").filter { $0.key.hasSuffix(".json.gz") }
        try #require(!bundles.isEmpty, "the build wrote no answer bundles")
        var answers = 0
        for (path, data) in bundles.sorted(by: { $0.key < $1.key }) {
            let json = try #require(Gzip.decompress(data), "\(path) is not gzip")
            let byPrompt = try JSONDecoder().decode([String: [String: String]].self, from: json)
            for (prompt, byModel) in byPrompt {
                for (model, html) in byModel {
                    answers += 1
                    let findings = ExecutableMarkup.findings(in: html, marker: HostileTree.marker)
                    #expect(findings.isEmpty, "\(path) prompt \(prompt) \(model):\n\(findings.prefix(8).joined(separator: "\n"))")
                }
            }
        }
        let linked = pages.values.reduce(0) { $0 + $1.components(separatedBy: "data-answer-prompt=").count - 1 }
        #expect(linked == answers, "every bundled answer is linked from its prompt page once")
        print("hostile build, bundled: \(answers) answers in \(bundles.count) bundles inspected")
    }

    @Test("the inspector finds executable markup and leaves data alone")
    func inspector() {
        let m = HostileTree.marker
        for bad in ["<img src=x onerror=pwned()>", "<IMG/ONERROR=pwned()/SRC=x>", "<a href=\"jav&#x61;script:x\">",
                    "<a href=' javascript:x'>", "<a href=\"java\tscript:x\">", "<script>pwned()</script>",
                    "<script src=\"//evil.example/x.js\"></script>", "<iframe src=x></iframe>",
                    "<meta http-equiv=Refresh content=\"0;url=x\">", "<svg><animate values=\"javascript:x\"/></svg>",
                    "<p style=\"background:url(javascript:x)\">", "<details open ontoggle=x>", "<base href=x>"] {
            #expect(!ExecutableMarkup.findings(in: "<p>ok</p>\(bad)", marker: m).isEmpty, "\(bad)")
        }
        for good in ["<p title=\"&quot; onmouseover=&quot;pwned()\">x</p>", "&lt;script&gt;pwned()&lt;/script&gt;",
                     "<!-- <script>pwned()</script> -->", "<title>&lt;img onerror=pwned()&gt;</title>",
                     "<a href=\"https://example.org/'onmouseover='pwned'\">x</a>", "<p>javascript:pwned()</p>",
                     "<script src=\"/assets/table.js\"></script>", "<textarea><img src=x onerror=y></textarea>"] {
            #expect(ExecutableMarkup.findings(in: good, marker: m).isEmpty, "\(good)")
        }
    }
}
