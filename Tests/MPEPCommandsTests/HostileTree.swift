import Foundation
import Testing
import TestSupport

/// A content tree in which every field a stranger's pull request can fill carries a payload:
/// source prompts and categories, translations, model outputs (the Markdown hostile corpus),
/// model, judge and language names, leads, notes, page titles, the site's own texts and URLs.
/// Every payload that would run sets `data-pwned` on the document or changes its title, and
/// contains `marker`, so a static inspection and a browser can both tell if one ran.
enum HostileTree {
    static let marker = "pwned"
    /// What each payload runs: no quotes, spaces or parentheses, so it fits every corpus slot.
    static let script = "document.documentElement.dataset.pwned=1"

    /// Payloads for one-line metadata (names, titles, leads, categories).
    static let metadata: [String] = [
        "<script>\(script)</script>",
        "<img src=x onerror=\(script)>",
        "<img src=x onerror=\"document.body.setAttribute('data-pwned',1)\">",
        "\" onmouseover=\"\(script)\" x=\"",
        "' onmouseover='\(script)' x='",
        "</title><script>document.title='pwned'</script>",
        "</textarea></style></script><svg onload=\(script)>",
        "[click](javascript:\(script)) ![i](javascript:\(script))",
        "{{site.title}}{{{site.title}}}{{> layout}}{{=<% %>=}}<%site.title%>",
        "&lt;script&gt;\(script)&lt;/script&gt; &#60;img src=x onerror=\(script)&#62;",
        "abc\u{202E}cba\u{202C} x\u{2066}y\u{2069} zero\u{200B}width\u{FEFF} bell\u{7}",
        "<a href=\"javascript:\(script)\">link</a> <iframe srcdoc=\"<script>\(script)</script>\"></iframe>",
    ]

    /// http(s) addresses the loader accepts that try to break out of an `href`.
    static let urls: [String] = [
        "https://example.org/'onmouseover='\(script)'",
        "https://example.org/&quot;onmouseover=&quot;\(script)",
        "https://example.org/{{site.title}}?a=1&b=2#{{{x}}}",
    ]

    /// The corpus cases that make a quick tree (the megabyte cases have their own tests).
    static var cases: [HostileCase] {
        HostileCorpus.all.filter { c in !HostileCorpus.large.contains { $0.name == c.name } }
    }

    static func armed(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "alert(1)", with: script)
    }

    /// Writes the tree into `root` (a folder of the workspace).
    static func write(into root: URL) throws {
        let cases = self.cases
        func meta(_ i: Int) -> String { yaml(metadata[i % metadata.count]) }
        func put(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try put("site.yml", """
            title: \(meta(0))
            description: \(meta(3))
            base_url: /
            reference: ref-model
            judge: judge-a
            length_control: minimal
            bootstrap_rounds: 20
            seed: 7
            notice: \(meta(1))
            """)
        try put("prompts.jsonl", jsonl(cases.indices.map { i in
            ["id": id(i), "prompt": armed(cases[i].markdown), "category": metadata[i % metadata.count]]
        }))
        let models = ["ref-model", "model-b", "model-c"]
        for (m, model) in models.enumerated() {
            try put("models/\(model).yml", """
                name: \(meta(m * 4))
                organization: \(meta(m * 4 + 1))
                license: \(meta(m * 4 + 2))
                url: \(yaml(urls[m % urls.count]))
                open_weights: true
                mode: community
                """)
        }
        try put("judges/judge-a.yml", "name: \(meta(5))\nmodel: \(meta(6))\nkind: llm\nnotes: \(meta(7))\n")
        for (l, (code, direction)) in [("nl", "ltr"), ("ar", "rtl")].enumerated() {
            try put("languages/\(code)/language.yml", """
                name: \(meta(l * 3))
                native_name: \(meta(l * 3 + 1))
                direction: \(direction)
                status: active
                leads: [\(metadata.map(yaml).joined(separator: ", "))]
                space: \(yaml(urls[0]))
                dashboard: \(yaml(urls[1]))
                dataset: \(yaml(urls[2]))
                """)
            try put("languages/\(code)/prompts.jsonl", jsonl(cases.indices.map { i in
                ["id": id(i), "prompt": armed(cases[(i + l) % cases.count].markdown)]
            }))
            for (m, model) in models.enumerated() {
                try put("languages/\(code)/outputs/\(model).jsonl", jsonl(cases.indices.map { i in
                    ["id": id(i), "output": armed(cases[(i + m + l) % cases.count].markdown)]
                }))
            }
            for model in models.dropFirst() {
                let preferences = ["1", "2", "1.5", "1.25"]
                try put("languages/\(code)/annotations/judge-a/\(model).jsonl", cases.indices.map { i in
                    "{\"id\": \"\(id(i))\", \"preference\": \(preferences[(i + model.count) % preferences.count])}\n"
                }.joined())
            }
        }
        for (p, page) in ["index", "about"].enumerated() {
            try put("pages/\(page).md", "---\ntitle: \(meta(p + 8))\norder: \(p)\n---\n# Maintainers' page\n")
        }
    }

    static func id(_ i: Int) -> String { String(format: "h-%03d", i + 1) }

    /// A YAML double-quoted scalar: backslash, quote and every non-printable character escaped.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.value == 0xFEFF:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func jsonl(_ records: [[String: String]]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return records.map { String(decoding: try! encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }
}
