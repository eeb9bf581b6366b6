import Foundation
import Testing
import TestSupport
@testable import MPEPRender

/// Metadata comes from strangers' pull requests: whatever it holds must reach the HTML and the
/// README as inert text.
@Suite("Untrusted metadata")
struct UntrustedTextTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![x](javascript:alert(1))",
        "{{site.title}}{{{site.title}}}{{> layout}}",
        "\" onmouseover=\"alert(1)",
        "' autofocus onfocus='alert(1)",
        "| broken | table |",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        // A quote followed by a combining mark is one Character in Swift: an escaper that compares
        // Characters (swift-mustache's own) lets the quote through and the attribute ends.
        "\"\u{301} onmouseover=\"alert(1)",
        "'\u{301} autofocus onfocus='alert(1)",
        "<\u{301}img src=x onerror=alert(1)>",
    ]

    private func hostileTree(_ payload: String) -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        let quoted = "'" + payload.replacingOccurrences(of: "'", with: "''") + "'"
        dir.write("languages/nl/language.yml", """
            name: \(quoted)
            native_name: \(quoted)
            status: active
            leads: [\(quoted)]
            """)
        dir.write("models/model-b.yml", "name: \(quoted)\norganization: \(quoted)\nlicense: \(quoted)\n")
        dir.write("pages/list.md", "---\ntitle: \(quoted)\n---\n{{#languages}}\n- [{{name}}]({{url}}) {{leads}}\n{{/languages}}\n")
        return dir
    }

    @Test("names, leads and titles never become markup, links or template code", arguments: payloads)
    func inert(_ payload: String) throws {
        let (files, readme) = try renderSite(hostileTree(payload))
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(file.path)")
            #expect(!html.contains("<img src=x"), "\(file.path)")
            #expect(!html.contains("href=\"javascript:"), "\(file.path)")
            #expect(!html.contains("src=\"javascript:"), "\(file.path)")
            #expect(Self.eventHandlerTags(in: html).isEmpty, "\(file.path)")
            #expect(!html.contains("Test Leaderboard{{"), "\(file.path): Mustache in data must not be evaluated")
        }
        #expect(!readme.contains("<script"))
        #expect(!readme.contains("](javascript:"))
        #expect(!readme.contains("| broken | table |"))
    }

    /// Tags that carry an event-handler or autofocus attribute: text that merely mentions one is inert.
    static func eventHandlerTags(in html: String) -> [String] {
        let tag = try! NSRegularExpression(pattern: #"<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>"#)
        let quoted = try! NSRegularExpression(pattern: #""[^"]*"|'[^']*'"#)
        let attribute = try! NSRegularExpression(pattern: #"[\s/](on[a-z]+|autofocus)\b"#, options: .caseInsensitive)
        return tag.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            let text = String(html[Range(match.range, in: html)!])
            // Attribute values are data; only names outside quotes can run code.
            let names = quoted.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                        withTemplate: "\"\"")
            return attribute.firstMatch(in: names, range: NSRange(names.startIndex..., in: names)) == nil ? nil : text
        }
    }

    @Test("the event-handler detector finds real attributes and ignores escaped text")
    func detector() {
        #expect(Self.eventHandlerTags(in: "<img src=x onerror=alert(1)>").count == 1)
        #expect(Self.eventHandlerTags(in: "<a href=\"x\" onmouseover=\"y\">").count == 1)
        #expect(Self.eventHandlerTags(in: "&lt;img src=x onerror=alert(1)&gt; <p class=\"x\">").isEmpty)
        #expect(Self.eventHandlerTags(in: "<meta content=\"&quot; onmouseover=&quot;x\">").isEmpty)
    }

    @Test("Mustache delimiters in data come out as the literal text")
    func mustacheLiteral() throws {
        let (files, _) = try renderSite(hostileTree("{{site.title}}"))
        let page = try #require(files.text("languages/nl/index.html"))
        #expect(page.contains("{{site.title}}"))
    }
}
