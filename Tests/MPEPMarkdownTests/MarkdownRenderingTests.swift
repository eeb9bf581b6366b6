import MPEPMarkdown
import Testing

@Suite("Markdown renders GitHub-flavoured Markdown")
struct MarkdownRenderingTests {
    @Test("tables, strikethrough and autolinks are rendered in both trusts",
          arguments: [Markdown.Trust.data, .maintainer])
    func extensions(trust: Markdown.Trust) {
        let html = Markdown.html("""
            | a | b |
            |:--|--:|
            | 1 | 2 |

            ~~gone~~ and www.example.org and https://example.org/x
            """, trust: trust)
        #expect(html.contains(#"<th align="left">a</th>"#))
        #expect(html.contains(#"<td align="right">2</td>"#))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains(#"<a href="http://www.example.org">www.example.org</a>"#))
        #expect(html.contains(#"<a href="https://example.org/x">https://example.org/x</a>"#))
    }

    @Test("a code block keeps its language as a class for highlighters")
    func codeBlockLanguage() {
        let html = Markdown.html("```swift\nlet x = 1 < 2\n```\n", trust: .data)
        #expect(html == "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n")
    }

    @Test("a newline in data is a line break (chat text); in maintainer pages it is a space")
    func lineBreaks() {
        let poem = "Roses are red,\nviolets are blue"
        #expect(Markdown.html(poem, trust: .data) == "<p>Roses are red,<br />\nviolets are blue</p>\n")
        #expect(Markdown.html(poem, trust: .maintainer) == "<p>Roses are red,\nviolets are blue</p>\n")
    }

    @Test("punctuation is shown as written: no smart quotes or dashes")
    func noSmartPunctuation() {
        #expect(Markdown.html(#"Run "ls --all" -- it's fine..."#, trust: .data)
            == "<p>Run &quot;ls --all&quot; -- it's fine...</p>\n")
    }

    @Test("footnote syntax stays text, so answers sharing a page cannot collide on fn-1 ids")
    func noFootnotes() {
        let html = Markdown.html("Claim[^1]\n\n[^1]: Source\n", trust: .data)
        #expect(!html.contains("fn-1"))
        #expect(!html.contains("<section"))
    }

    @Test("raw HTML is omitted from data and kept in maintainer pages")
    func rawHTMLByTrust() {
        let markdown = "<div class=\"note\">Hi <b>there</b></div>\n\nand <kbd>Ctrl</kbd>\n"
        let data = Markdown.html(markdown, trust: .data)
        #expect(!data.contains("<div"))
        #expect(!data.contains("<kbd>"))
        #expect(data.contains("<!-- raw HTML omitted -->"))
        let maintainer = Markdown.html(markdown, trust: .maintainer)
        #expect(maintainer.contains(#"<div class="note">Hi <b>there</b></div>"#))
        #expect(maintainer.contains("<kbd>Ctrl</kbd>"))
    }

    /// With nil instead of the parser's extension list, cmark_render_html skips the tagfilter:
    /// these would come out as live tags in maintainer mode.
    @Test("the tagfilter escapes its nine tags in maintainer pages",
          arguments: ["script", "iframe", "style", "textarea", "title", "xmp", "noembed",
                      "noframes", "plaintext"])
    func tagfilter(tag: String) {
        let html = Markdown.html("<\(tag)>x</\(tag)>\n\ntext <\(tag) a=1> inline\n", trust: .maintainer)
        #expect(html.contains("&lt;\(tag)>"))
        #expect(html.contains("&lt;\(tag) a=1>"))
        #expect(!html.lowercased().contains("<\(tag)"))
    }

    @Test("the tagfilter is case-insensitive and leaves other tags alone")
    func tagfilterCase() {
        let html = Markdown.html("<SCRIPT>x</SCRIPT> <ScRiPt src=a> <span>ok</span>\n", trust: .maintainer)
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("<span>ok</span>"))
    }

    @Test("a NUL inside the text is replaced, not taken as the end of the input")
    func nul() {
        #expect(Markdown.html("a\u{0}b **c**", trust: .data) == "<p>a\u{FFFD}b <strong>c</strong></p>\n")
    }

    @Test("the same input gives the same bytes")
    func deterministic() {
        let markdown = SampleDocuments.answer
        let first = Markdown.html(markdown, trust: .data)
        for _ in 0..<20 { #expect(Markdown.html(markdown, trust: .data) == first) }
    }
}
