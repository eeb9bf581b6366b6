/// Markdown to HTML through cmark-gfm, the renderer GitHub uses, so that a prompt or a model
/// output looks on the leaderboard as it looked in the pull request that brought it.
///
/// ```swift
/// let html = Markdown.html(output.text, trust: .data)
/// ```
///
/// Always attached: the GitHub extensions `table`, `strikethrough`, `autolink` and `tagfilter`.
/// Options chosen on purpose, and why:
/// - no smart punctuation: model outputs are shown as written (`--flag` must not become
///   `–flag`, straight quotes in prose and commands must stay straight);
/// - no footnotes: many outputs share one page, and cmark-gfm numbers footnote ids per
///   document (`fn-1`, `fnref-1`), so two answers with footnotes would collide;
/// - table alignment as `align="…"` attributes, not inline `style` (a strict CSP can forbid
///   inline styles);
/// - hard line breaks for `.data` only: prompts and outputs are chat text where a newline means
///   a newline (a poem, an address), as in GitHub comments; maintainers' pages follow GitHub's
///   rendering of files, where a single newline is a space.
public enum Markdown {
    /// Who wrote the text, which decides what it may contain.
    public enum Trust: Sendable, Hashable {
        /// Strangers' text from pull requests (prompts, model outputs): cmark-gfm's safe mode,
        /// so raw HTML becomes `<!-- raw HTML omitted -->` and links or images with a
        /// `javascript:`, `vbscript:`, `file:` or `data:` URL lose their URL (cmark keeps
        /// `data:image/png|gif|jpeg|webp`, which cannot run code).
        case data
        /// The maintainers' own pages: raw HTML is kept (`CMARK_OPT_UNSAFE`), but the
        /// tagfilter still escapes `<script>`, `<iframe>`, `<style>`, `<textarea>`, `<title>`,
        /// `<xmp>`, `<noembed>`, `<noframes>` and `<plaintext>`.
        case maintainer
    }

    /// The HTML fragment for `markdown` (no `<html>` or `<body>`): the same input gives the
    /// same bytes, and calls from many threads at once are safe (see `CmarkRenderer`).
    ///
    /// A text whose table rows would take cmark-gfm seconds to parse (thousands of `|` on a
    /// line, see `TableCostGuard`) comes out as escaped `<pre><code>` text instead.
    public static func html(_ markdown: String, trust: Trust) -> String {
        guard TableCostGuard.allows(markdown) else { return TableCostGuard.preformatted(markdown) }
        return CmarkRenderer.html(markdown, options: trust.cmarkOptions)
    }
}
