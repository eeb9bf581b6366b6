/// Looks for executable markup in HTML made by cmark-gfm: what a browser could run.
///
/// cmark escapes `<` in text as `&lt;`, so every `<` in its output opens a tag it wrote.
/// The inspector reads each tag and accepts only the tags and attributes cmark-gfm makes
/// for Markdown; a link or image URL must not start with a scheme that runs code, read as
/// a browser reads it (entities decoded, tabs, newlines and leading controls dropped).
enum HTMLInspector {
    static let allowedTags: Set<String> = [
        "p", "em", "strong", "del", "a", "img", "code", "pre", "ul", "ol", "li", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
    ]
    static let allowedAttributes: Set<String> = ["href", "src", "alt", "title", "class", "align", "start"]
    static let forbiddenSchemes = ["javascript:", "vbscript:", "data:text", "data:image/svg", "file:"]

    /// What is wrong in `html`, one line per finding; empty when nothing is.
    static func findings(in html: String) -> [String] {
        let omitted = Array("<!-- raw HTML omitted -->".unicodeScalars)
        var findings: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            if scalars[index...].starts(with: omitted) {
                index += 1
                continue
            }
            var end = index + 1
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let scalar = scalars[end]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    break
                }
                end += 1
            }
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
            findings += inspect(tag: tag)
            index = end + 1
        }
        return findings
    }

    private static func inspect(tag: String) -> [String] {
        let body = tag.hasPrefix("/") ? String(tag.dropFirst()) : tag
        let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
        guard allowedTags.contains(name) else { return ["tag <\(tag.prefix(60))>"] }
        var findings: [String] = []
        for (attribute, value) in attributes(of: String(body.dropFirst(name.count))) {
            if !allowedAttributes.contains(attribute) {
                findings.append("attribute \(attribute) on <\(name)>")
            } else if attribute == "href" || attribute == "src" {
                let url = browserView(ofURL: value)
                if let scheme = forbiddenSchemes.first(where: { url.hasPrefix($0) }) {
                    findings.append("\(scheme) URL in \(attribute) of <\(name)>: \(value.prefix(60))")
                }
            }
        }
        return findings
    }

    /// `name="value"` pairs, as cmark writes them (always double quotes); anything else that
    /// is not whitespace or a closing slash counts as a bare attribute name.
    private static func attributes(of text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "/" }
            guard !rest.isEmpty else { return result }
            let name = rest.prefix { $0 != "=" && $0 != " " && $0 != "\n" && $0 != "/" }
            rest = rest.dropFirst(name.count)
            var value = ""
            if rest.hasPrefix("=\"") {
                rest = rest.dropFirst(2)
                value = String(rest.prefix { $0 != "\"" })
                rest = rest.dropFirst(value.count + 1)
            }
            result.append((name.lowercased(), value))
        }
    }

    /// A URL as a browser would see its scheme: HTML entities decoded, ASCII tab and newline
    /// removed anywhere, leading controls and spaces removed, lower-cased.
    static func browserView(ofURL value: String) -> String {
        let decoded = decodeEntities(value)
        let kept = decoded.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = kept.drop { $0.value <= 0x20 }
        return String(String.UnicodeScalarView(trimmed)).lowercased()
    }

    private static func decodeEntities(_ text: String) -> String {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                     "tab": "\t", "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")"]
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            rest = rest[rest.index(after: ampersand)...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 else {
                output += "&"
                continue
            }
            let entity = rest[..<semicolon].lowercased()
            var replacement: String?
            if entity.hasPrefix("#x"), let code = UInt32(entity.dropFirst(2), radix: 16) {
                replacement = Unicode.Scalar(code).map { String(Character($0)) }
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                replacement = Unicode.Scalar(code).map { String(Character($0)) }
            } else {
                replacement = named[entity]
            }
            if let replacement {
                output += replacement
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output += "&"
            }
        }
        return output + rest
    }
}
