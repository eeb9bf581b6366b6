import TestSupport

/// Broken trees for what would show badly on the site: bidirectional controls in names, texts
/// whose `|` would make cmark-gfm's table extension slow.
extension BrokenTrees {
    static let display: [BrokenTree] = [
        BrokenTree("a right-to-left override in a language's name", expected: [
            #"content/languages/nl/language.yml:1:1: warning: "name" contains U+202E (RIGHT-TO-LEFT OVERRIDE), which reorders the text around it wherever it is shown; remove it"#,
        ]) { $0.replace("\(nl)/language.yml", "name: Dutch", with: #"name: "Dut\u202Ech""#) },
        BrokenTree("an isolate in a model's name (right-to-left marks are fine)", expected: [
            #"content/models/model-b.yml: warning: "name" contains U+2066 (LEFT-TO-RIGHT ISOLATE), which reorders the text around it wherever it is shown; remove it"#,
        ]) {
            $0.replace("models/model-b.yml", "name: Model B", with: #"name: "Model \u2066B\u2069""#)
            $0.replace("models/ref-model.yml", "name: Reference Model", with: #"name: "Reference \u200FModel""#)
        },
        BrokenTree("an output with 5,000 pipes on a line", expected: [
            #"content/languages/nl/outputs/model-b.jsonl:1: warning: "output" has too many "|" on its lines to render as a Markdown table quickly; the site shows it as plain preformatted text"#,
        ]) {
            $0.replace("\(nl)/outputs/model-b.jsonl", "Het antwoord is 4.", with: String(repeating: "|", count: 5_000))
        },
    ]
}
