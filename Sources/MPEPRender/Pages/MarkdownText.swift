import MPEPMarkdown

/// Markdown that a page shows as HTML, held as its source until the page is rendered.
///
/// Rendering Markdown (cmark-gfm) is the dear part of a prompt page, so a page context holds
/// this instead of the HTML: encoded for the template (``TemplateSet/render(_:_:)``) it becomes
/// the HTML, while the page's reuse key (`ContentHash(encoding:)`) takes its source and how it is
/// rendered, and so costs no render. Both read the same context, so the key cannot forget an input.
struct MarkdownText: Encodable, Sendable, Equatable {
    var source: String
    var trust: Markdown.Trust
    /// An answer's headings go under the page's own `h3` (`LanguageAnswers.nested`).
    var nestedHeadings: Bool

    init(_ source: String, trust: Markdown.Trust, nestedHeadings: Bool = false) {
        self.source = source
        self.trust = trust
        self.nestedHeadings = nestedHeadings
    }

    var html: String {
        let html = Markdown.html(source, trust: trust)
        return nestedHeadings ? LanguageAnswers.nested(html) : html
    }

    /// The HTML, as a text: `{{{name}}}` shows it as it is.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}
