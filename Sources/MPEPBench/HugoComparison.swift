import Foundation
import MPEPContent
import MPEPMarkdown
import MPEPParallel
import MPEPRender
import MPEPTemplates
import MPEPWrite

/// Hugo and mpep on the same Markdown pages: one page per (language, prompt) holding every
/// model's answer, as a reader's drill-down page does. Hugo (Debian's `hugo`) builds them from
/// `content/*.md` with a one-file layout; mpep renders them with cmark-gfm (model outputs'
/// trust), wraps them in the site's real layout and writes them through the staged writer, on
/// all cores. Each tool runs in its own process; pages per second are over the process's wall time.
enum HugoComparison {
    struct Pages {
        var titles: [String]
        var documents: [String]
        var bytes: Int { documents.reduce(0) { $0 + $1.utf8.count } }
    }

    /// Up to `limit` pages from a loaded content tree, languages and prompts in file order.
    static func pages(from contentRoot: URL, limit: Int) -> Pages? {
        guard let content = ContentLoader(root: contentRoot, displayRoot: "content").load().content else { return nil }
        var pages = Pages(titles: [], documents: [])
        for language in content.languages {
            let outputs = (language.loaded?.outputs ?? [:]).sorted { $0.key < $1.key }.map { (model, rows) in
                (model, Dictionary(rows.map { ($0.id, $0.output) }, uniquingKeysWith: { a, _ in a }))
            }
            for prompt in language.prompts {
                guard pages.documents.count < limit else { return pages }
                var text = "\(prompt.prompt)\n\n"
                for (model, answers) in outputs {
                    guard let answer = answers[prompt.id] else { continue }
                    text += "## \(model)\n\n\(answer)\n\n"
                }
                pages.titles.append("\(language.info.code) \(prompt.id)")
                pages.documents.append(text)
            }
        }
        return pages
    }

    /// The mpep side, run in a child process: render and write every page of `folder/pages`.
    static func runMPEPChild(folder: String, templates: String) -> Int32 {
        let root = URL(fileURLWithPath: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("md").path),
              let set = try? TemplateSet(directory: URL(fileURLWithPath: templates)) else { return 1 }
        let sorted = names.sorted()
        let rendered = ParallelMap.map(sorted) { name -> (String, Data) in
            let text = (try? String(contentsOf: root.appendingPathComponent("md/\(name)"), encoding: .utf8)) ?? ""
            let body = Markdown.html(text, trust: .data)
            let title = String(name.dropLast(3))
            let context: TemplateValue = [
                "site": ["title": "mpep bench", "description": "Markdown pages"],
                "nav": [], "title": .text(title), "page_title": .text(title), "description": .text(title),
                "lang": "en", "dir": "ltr", "body": .text(body),
            ]
            let page = set.render(.layout, context)
            return ("\(title)/index.html", Data(page.utf8))
        }
        do throws(WriteError) {
            let stage = try SiteWriter(output: root.appendingPathComponent("mpep-out")).begin()
            for (path, data) in rendered { try stage.write(path, data) }
            try stage.commit()
        } catch {
            FileHandle.standardError.write(Data("write failed: \(error)\n".utf8))
            return 1
        }
        return 0
    }

    /// Writes the pages for both tools under `folder` and times each; prints a summary.
    static func run(pages: Pages, folder: URL, templates: String, log: URL) {
        let fm = FileManager.default
        try? fm.removeItem(at: folder)
        let md = folder.appendingPathComponent("md")
        let hugoContent = folder.appendingPathComponent("hugo/content")
        let hugoLayouts = folder.appendingPathComponent("hugo/layouts/_default")
        try? fm.createDirectory(at: md, withIntermediateDirectories: true)
        try? fm.createDirectory(at: hugoContent, withIntermediateDirectories: true)
        try? fm.createDirectory(at: hugoLayouts, withIntermediateDirectories: true)
        for (index, text) in pages.documents.enumerated() {
            let name = String(format: "page-%05d", index + 1)
            try? Data(text.utf8).write(to: md.appendingPathComponent("\(name).md"))
            let front = "---\ntitle: \"\(pages.titles[index])\"\n---\n"
            try? Data((front + text).utf8).write(to: hugoContent.appendingPathComponent("\(name).md"))
        }
        try? Data("""
            baseURL = "/"
            title = "mpep bench"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section", "404", "robotsTXT"]
            [markup.goldmark.renderer]
            hardWraps = true
            """.utf8).write(to: folder.appendingPathComponent("hugo/hugo.toml"))
        try? Data("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><main>{{ .Content }}</main></body></html>
            """.utf8).write(to: hugoLayouts.appendingPathComponent("single.html"))

        let count = pages.documents.count
        print("Markdown pages: \(count) pages, \(pages.bytes / 1024) KB of Markdown "
              + "(\(pages.bytes / max(count, 1) / 1024) KB a page on average)")
        let mpep = Measured.run(Measured.selfExecutable, ["--child-pages", folder.path, templates], log: log)
        if mpep.status == 0 {
            print("  mpep: \(mpep.seconds.fixed(2)) s, \((Double(count) / mpep.seconds).fixed(0)) pages/s, peak \(mpep.peakBytes.megabytes)")
        } else {
            print("  mpep: failed (status \(mpep.status)); see \(log.path)")
        }
        guard let hugo = Measured.which("hugo") else {
            print("  hugo: not installed (apt-get install hugo); comparison skipped")
            return
        }
        let run = Measured.run(hugo, ["--quiet", "--source", folder.appendingPathComponent("hugo").path,
                                      "--destination", "public"], log: log)
        guard run.status == 0 else {
            print("  hugo: failed (status \(run.status)); see \(log.path)")
            return
        }
        print("  hugo: \(run.seconds.fixed(2)) s, \((Double(count) / run.seconds).fixed(0)) pages/s, peak \(run.peakBytes.megabytes)")
        if mpep.status == 0 {
            print("  mpep/hugo pages per second: \((run.seconds / mpep.seconds).fixed(1))×")
        }
    }
}
