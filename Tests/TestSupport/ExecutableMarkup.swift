/// Finds markup in a built page that a browser would run, for tests that build hostile content.
///
/// The site's own templates put no event-handler attributes, frames, plug-ins, forms, `<base>`
/// or refreshes on any page, and load scripts only from the site itself; data must never add
/// them. Script and style content is code, so it must not carry the payloads' `marker` (the
/// hostile tree's payloads all contain it). URLs in attributes are read as a browser reads them
/// (character references decoded, tabs, newlines and leading controls dropped) and must not use
/// a scheme that runs code. Quoted attribute values and text outside tags are data and are not
/// flagged for what they say.
public enum ExecutableMarkup {
    static let forbiddenElements: Set<String> = ["iframe", "frame", "frameset", "object", "embed", "applet",
                                                 "base", "form", "portal"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data",
                                             "poster", "background", "srcset", "ping", "cite", "manifest", "values"]
    static let forbiddenSchemes = ["javascript:", "vbscript:", "data:text/html", "data:image/svg", "data:application",
                                   "file:"]

    /// One line per finding (tag and why); empty when the page is inert.
    public static func findings(in html: String, marker: String) -> [String] {
        var findings: [String] = []
        for token in HTMLTokens.tokenize(html) {
            switch token {
            case .startTag(let name, let attributes):
                findings += inspect(tag: name, attributes: attributes, marker: marker)
            case .text(let text, let rawTextOf?) where rawTextOf == "script" || rawTextOf == "style":
                if text.contains(marker) || text.lowercased().contains("javascript:") {
                    findings.append("<\(rawTextOf)> content with a payload: \(text.prefix(80))")
                }
            case .text, .endTag:
                break
            }
        }
        return findings
    }

    private static func inspect(tag name: String, attributes: [HTMLAttribute], marker: String) -> [String] {
        var findings: [String] = []
        let shown = "<\(name)\(attributes.map { " \($0.name)=\"\($0.value.prefix(40))\"" }.joined())>"
        if forbiddenElements.contains(name) { findings.append("element \(shown)") }
        if name.contains(marker) { findings.append("tag name from data: \(shown)") }
        if name == "meta", attributes.contains(where: { $0.name == "http-equiv" && $0.value.lowercased() == "refresh" }) {
            findings.append("refresh \(shown)")
        }
        if name == "script", let source = attributes.first(where: { $0.name == "src" })?.decodedValue {
            let local = !source.contains(":") && !source.hasPrefix("//")
            if !local || source.contains(marker) { findings.append("script from elsewhere: \(shown)") }
        }
        for attribute in attributes {
            if attribute.name.hasPrefix("on") || attribute.name == "srcdoc" || attribute.name == "autofocus"
                || attribute.name.contains(marker) {
                findings.append("attribute \(attribute.name) on \(shown)")
            } else if urlAttributes.contains(attribute.name) {
                let url = browserView(ofURL: attribute.decodedValue)
                if let scheme = forbiddenSchemes.first(where: { url.hasPrefix($0) || url.contains(", " + $0) }) {
                    findings.append("\(scheme) URL in \(attribute.name) of \(shown)")
                }
            } else if attribute.name == "style", attribute.decodedValue.lowercased().contains("javascript:")
                        || attribute.decodedValue.lowercased().contains("expression(")
                        || attribute.decodedValue.contains(marker) {
                findings.append("style with a payload on \(shown)")
            }
        }
        return findings
    }

    /// A URL as a browser reads its scheme: ASCII tab and newline removed anywhere, leading
    /// controls and spaces removed, lower-cased.
    public static func browserView(ofURL value: String) -> String {
        let kept = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return String(String.UnicodeScalarView(kept.drop { $0.value <= 0x20 })).lowercased()
    }
}
