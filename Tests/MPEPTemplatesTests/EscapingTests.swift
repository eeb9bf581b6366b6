import Testing
import MPEPTemplates

@Suite("Escaping")
struct EscapingTests {
    @Test("HTML turns the five special characters into entities and leaves the rest, accents included")
    func html() {
        #expect(Escaping.html.escape(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(Escaping.html.escape("Français, 日本語, Русский") == "Français, 日本語, Русский")
        #expect(Escaping.html.escape("") == "")
    }

    @Test("a quote followed by a combining mark is escaped although Swift sees one Character")
    func combiningMark() {
        let value = "\"\u{301}x"
        #expect(value.first != "\"")
        #expect(Escaping.html.escape(value) == "&quot;\u{301}x")
        #expect(Escaping.markdown.escape(value) == "&quot;\u{301}x")
    }

    @Test("Markdown escapes what could open a link, an image, emphasis, code or a table cell")
    func markdownMarkup() {
        #expect(Escaping.markdown.escape("![x](http://e.org/a_b) *b* `c` | ~d~ \\")
                == #"\!\[x\]\(http://e.org/a\_b\) \*b\* \`c\` \| \~d\~ \\"#)
    }

    @Test("Markdown turns HTML characters into entities and keeps URLs readable")
    func markdownHTML() {
        #expect(Escaping.markdown.escape(#"<b>"Q&A"</b> 'x'"#) == "&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; &#39;x&#39;")
        #expect(Escaping.markdown.escape("https://example.org/nl.html#top") == "https://example.org/nl.html#top")
    }

    @Test("Markdown turns newlines and tabs into spaces and drops other control characters, so a value stays inline")
    func markdownLines() {
        #expect(Escaping.markdown.escape("a\nb\r\nc\td\u{0}e\u{1B}f") == "a b  c def")
    }

    @Test("the escapings are named as a CONTENT_TYPE pragma names them")
    func names() {
        #expect(Escaping.html.name == "HTML")
        #expect(Escaping.markdown.name == "MARKDOWN")
    }
}
