/// Hostile Markdown a stranger could put in a prompt translation or a model output.
/// Each case is rendered with `.data` and must come out without executable markup;
/// `mustContain` pins what must survive as visible text. Shared by the Markdown tests and
/// the end-to-end tests that build a whole hostile content tree.
public struct HostileCase: Sendable {
    public let name: String
    public let markdown: String
    public var mustContain: [String] = []

    public init(name: String, markdown: String, mustContain: [String] = []) {
        self.name = name
        self.markdown = markdown
        self.mustContain = mustContain
    }
}

public enum HostileCorpus {
    public static let scripts: [HostileCase] = [
        .init(name: "script tag", markdown: "<script>alert(1)</script>"),
        .init(name: "script tag mid-paragraph", markdown: "Hello <script>alert(1)</script> world",
              mustContain: ["Hello", "world"]),
        .init(name: "upper-case script with src", markdown: "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"),
        .init(name: "script split by a nested tag", markdown: "<scr<script>ipt>alert(1)</script>"),
        .init(name: "doubled angle brackets", markdown: "<<script>script>alert(1)<</script>/script>"),
        .init(name: "iframe srcdoc", markdown: #"<iframe srcdoc="<script>alert(1)</script>"></iframe>"#),
        .init(name: "object and embed", markdown: #"<object data="x.swf"></object><embed src="x.swf">"#),
        .init(name: "style with expression", markdown: "<style>body{background:url(javascript:alert(1))}</style>"),
        .init(name: "meta refresh", markdown: #"<meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#),
        .init(name: "base href", markdown: #"<base href="javascript:alert(1)//">"#),
        .init(name: "form action", markdown: #"<form action="javascript:alert(1)"><button>go</button></form>"#),
    ]

    public static let eventHandlers: [HostileCase] = [
        .init(name: "img onerror", markdown: "<img src=x onerror=alert(1)>"),
        .init(name: "img onerror inline", markdown: "look: <img src=x onerror=alert(1)> here"),
        .init(name: "a onclick", markdown: ##"<a href="#" onclick="alert(1)">x</a>"##),
        .init(name: "div onmouseover block", markdown: "<div onmouseover=\"alert(1)\">\nhover\n</div>"),
        .init(name: "body onload", markdown: "<body onload=alert(1)>"),
        .init(name: "details ontoggle", markdown: "<details open ontoggle=alert(1)>"),
        .init(name: "handler after slash", markdown: "<img/src=x/onerror=alert(1)>"),
    ]

    public static let urls: [HostileCase] = [
        .init(name: "javascript link", markdown: "[x](javascript:alert(1))", mustContain: [">x</a>"]),
        .init(name: "mixed-case javascript link", markdown: "[x](JaVaScRiPt:alert(1))"),
        .init(name: "entity-encoded javascript link", markdown: "[x](jav&#x61;script:alert(1))"),
        .init(name: "decimal-entity javascript link", markdown: "[x](&#106;avascript:alert(1))"),
        .init(name: "named-entity colon", markdown: "[x](javascript&colon;alert(1))"),
        .init(name: "angle-bracket destination", markdown: "[x](<javascript:alert(1)>)"),
        .init(name: "leading spaces", markdown: "[x](   javascript:alert(1))"),
        .init(name: "tab entity inside scheme", markdown: "[x](jav&#x09;ascript:alert(1))"),
        .init(name: "newline entity inside scheme", markdown: "[x](java&#10;script:alert(1))"),
        .init(name: "control character before scheme", markdown: "[x](\u{1}javascript:alert(1))"),
        .init(name: "control entity before scheme", markdown: "[x](&#1;javascript:alert(1))"),
        .init(name: "vbscript link", markdown: "[x](vbscript:msgbox(1))"),
        .init(name: "data html link", markdown: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
        .init(name: "file link", markdown: "[x](file:///etc/passwd)"),
        .init(name: "javascript image", markdown: "![x](javascript:alert(1))"),
        .init(name: "data svg image", markdown: "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
        .init(name: "javascript autolink", markdown: "<javascript:alert(1)>"),
        .init(name: "upper-case javascript autolink", markdown: "<JAVASCRIPT:alert(1)>"),
        .init(name: "vbscript autolink", markdown: "<vbscript:msgbox(1)>"),
        .init(name: "data autolink", markdown: "<data:text/html,alert(1)>"),
        .init(name: "bare javascript text", markdown: "javascript:alert(1) and www.javascript:alert(1)"),
        .init(name: "reference definition", markdown: "[x][r]\n\n[r]: javascript:alert(1)\n"),
        .init(name: "reference definition with title", markdown: "[x][r]\n\n[r]: JAVASCRIPT:alert(1) \"t\"\n"),
        .init(name: "reference image", markdown: "![x][r]\n\n[r]: vbscript:alert(1)\n"),
        .init(name: "collapsed reference, entity scheme", markdown: "[r][]\n\n[r]: jav&#x61;script:alert(1)\n"),
        .init(name: "raw anchor with javascript", markdown: #"<a href="javascript:alert(1)">x</a>"#),
        .init(name: "link title breaking out", markdown: #"[x](https://example.org "a\" onmouseover=\"alert(1)")"#),
        .init(name: "link destination quote", markdown: #"[x](https://example.org/"onmouseover="alert(1))"#),
    ]

    public static let svgAndMath: [HostileCase] = [
        .init(name: "svg onload", markdown: "<svg onload=alert(1)>"),
        .init(name: "svg with script", markdown: "<svg><script>alert(1)</script></svg>"),
        .init(name: "svg animate href", markdown: #"<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>"#),
        .init(name: "math mutation payload", markdown: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
        .init(name: "math href", markdown: #"<math href="javascript:alert(1)">x</math>"#),
    ]

    public static let malformed: [HostileCase] = [
        .init(name: "unclosed img", markdown: "<img src=x onerror=alert(1)//"),
        .init(name: "unclosed anchor", markdown: #"<a href="javascript:alert(1)""#),
        .init(name: "comment breakout", markdown: "<!--><script>alert(1)</script>-->"),
        .init(name: "cdata", markdown: "<![CDATA[<script>alert(1)</script>]]>"),
        .init(name: "processing instruction", markdown: "<?xml version=\"1.0\"?><script>alert(1)</script>"),
        .init(name: "declaration", markdown: "<!DOCTYPE html><script>alert(1)</script>"),
        .init(name: "tag in code span keeps text", markdown: "`<script>alert(1)</script>`",
              mustContain: ["<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"]),
        .init(name: "tag in table cell", markdown: "| a |\n|---|\n| <img src=x onerror=alert(1)> |"),
        .init(name: "tag in link text", markdown: "[<img src=x onerror=alert(1)>](https://example.org)"),
        .init(name: "tag in image alt", markdown: "![<script>alert(1)</script>](x.png)"),
    ]

    public static let textThatLooksLikeMarkup: [HostileCase] = [
        .init(name: "entities that decode to a script tag stay text",
              markdown: "&lt;script&gt;alert(1)&lt;/script&gt;",
              mustContain: ["&lt;script&gt;alert(1)&lt;/script&gt;"]),
        .init(name: "numeric entities that decode to a tag stay text",
              markdown: "&#60;img src=x onerror=alert(1)&#62;",
              mustContain: ["&lt;img src=x onerror=alert(1)&gt;"]),
        .init(name: "Mustache delimiters stay literal",
              markdown: "Use {{x}} or {{{x}}} or {{#list}}{{.}}{{/list}} or {{> partial}}",
              mustContain: ["{{x}}", "{{{x}}}", "{{#list}}{{.}}{{/list}}", "{{&gt; partial}}"]),
        .init(name: "Mustache in a code block stays literal",
              markdown: "```\n{{{body}}}\n```", mustContain: ["{{{body}}}"]),
        .init(name: "bidi overrides and isolates are kept as text",
              markdown: "abc\u{202E}cba\u{202C} x\u{2066}y\u{2069} \u{200F}",
              mustContain: ["abc\u{202E}cba\u{202C}", "x\u{2066}y\u{2069}", "\u{200F}"]),
        .init(name: "zero-width joiners (needed by Persian, Hindi, emoji) are kept",
              markdown: "می\u{200C}خواهم क्\u{200D}ष 👩\u{200D}💻 zero\u{200B}width\u{FEFF}",
              mustContain: ["می\u{200C}خواهم", "क्\u{200D}ष", "👩\u{200D}💻", "zero\u{200B}width"]),
    ]

    /// Size and depth: each must render without crashing and in well under a second or two.
    public static let large: [HostileCase] = [
        .init(name: "1 MB line of text", markdown: String(repeating: "a", count: 1_000_000)),
        .init(name: "1 MB line of emphasis openers", markdown: String(repeating: "*a", count: 500_000)),
        .init(name: "1 MB line of underscores and stars", markdown: String(repeating: "_*", count: 500_000)),
        .init(name: "1 MB line of open brackets", markdown: String(repeating: "[", count: 1_000_000)),
        .init(name: "1 MB line of image openers", markdown: String(repeating: "![", count: 500_000)),
        .init(name: "1 MB line of backticks", markdown: String(repeating: "`a", count: 500_000)),
        .init(name: "1 MB line of angle brackets", markdown: String(repeating: "<a", count: 500_000)),
        .init(name: "1 MB line of tildes", markdown: String(repeating: "~a", count: 500_000)),
        .init(name: "1 MB line of table pipes", markdown: "| a |\n|---|\n" + String(repeating: "|", count: 1_000_000)),
        .init(name: "1 MB line of autolink candidates", markdown: String(repeating: "www.a ", count: 170_000)),
        .init(name: "1 MB line of script tags", markdown: String(repeating: "<script>", count: 125_000)),
        .init(name: "10,000 nested block quotes", markdown: String(repeating: ">", count: 10_000) + " x"),
        .init(name: "10,000 nested bullet lists", markdown: String(repeating: "- ", count: 10_000) + "x"),
        .init(name: "10,000 nested ordered lists", markdown: String(repeating: "1. ", count: 10_000) + "x"),
        .init(name: "10,000 mixed quotes and lists", markdown: String(repeating: "> - ", count: 10_000) + "x"),
        .init(name: "10,000 nested brackets", markdown: String(repeating: "[", count: 10_000) + "x" + String(repeating: "](u)", count: 10_000)),
        .init(name: "10,000 nested emphasis", markdown: String(repeating: "*_", count: 10_000) + "x" + String(repeating: "_*", count: 10_000)),
        .init(name: "10,000 table rows", markdown: "| a | b |\n|---|---|\n" + String(repeating: "| 1 | 2 |\n", count: 10_000)),
        .init(name: "5,000 table columns", markdown: String(repeating: "| a ", count: 5_000) + "|\n" + String(repeating: "|---", count: 5_000) + "|\n" + String(repeating: "| 1 ", count: 5_000) + "|\n"),
    ]

    public static let all: [HostileCase] = scripts + eventHandlers + urls + svgAndMath + malformed
        + textThatLooksLikeMarkup + large
}
