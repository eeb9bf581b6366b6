/// A small HTML tokenizer after the WHATWG rules that matter for finding executable markup:
/// comments, bogus comments and doctypes are skipped; tag and attribute names are read as a
/// browser reads them (including `<img/src=x/onerror=…>`); quoted and unquoted attribute values
/// are data; the content of raw-text elements (`script`, `style`, `textarea`, `title`, …) is one
/// run of text up to the matching end tag. Text outside tags is data.
public enum HTMLToken: Equatable, Sendable {
    case startTag(name: String, attributes: [HTMLAttribute])
    case endTag(name: String)
    /// Text, with the raw-text element it sits in (`script`, `style`, …) or nil.
    case text(String, rawTextOf: String?)
}

public struct HTMLAttribute: Equatable, Sendable {
    public let name: String
    /// The value as written (entities not decoded); "" for a bare attribute.
    public let value: String
    /// The value as the browser sees it: character references decoded.
    public var decodedValue: String { HTMLTokens.decodeEntities(value) }
}

public enum HTMLTokens {
    /// Elements whose content the tokenizer does not read as markup.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                       "noframes", "noscript", "plaintext"]

    public static func tokenize(_ html: String) -> [HTMLToken] {
        let s = Array(html.unicodeScalars)
        var tokens: [HTMLToken] = []
        var text = String.UnicodeScalarView()
        var i = 0
        func flushText() {
            if !text.isEmpty { tokens.append(.text(String(text), rawTextOf: nil)); text = .init() }
        }
        func isLetter(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.properties.isAlphabetic }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        func skip(past terminator: [Unicode.Scalar], from start: Int) -> Int {
            var j = start
            while j < s.count {
                if s[j...].starts(with: terminator) { return j + terminator.count }
                j += 1
            }
            return s.count
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else { text.append(s[i]); i += 1; continue }
            let next = s[i + 1]
            if s[i...].starts(with: Array("<!--".unicodeScalars)) {
                flushText()
                // `<!-->` and `<!--->` close at once, as in browsers.
                if s[i...].starts(with: Array("<!-->".unicodeScalars)) { i += 5; continue }
                if s[i...].starts(with: Array("<!--->".unicodeScalars)) { i += 6; continue }
                i = skip(past: Array("-->".unicodeScalars), from: i + 4)
            } else if next == "!" || next == "?" || (next == "/" && i + 2 < s.count && !isLetter(s[i + 2])) {
                flushText()
                i = skip(past: [">"], from: i + 2)
            } else if next == "/" || isLetter(next) {
                flushText()
                let closing = next == "/"
                var j = i + (closing ? 2 : 1)
                var name = String.UnicodeScalarView()
                while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">" { name.append(s[j]); j += 1 }
                let tagName = String(name).lowercased()
                var attributes: [HTMLAttribute] = []
                while j < s.count, s[j] != ">" {
                    if isSpace(s[j]) || s[j] == "/" { j += 1; continue }
                    var attributeName = String.UnicodeScalarView([s[j]])
                    j += 1
                    while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">", s[j] != "=" {
                        attributeName.append(s[j]); j += 1
                    }
                    while j < s.count, isSpace(s[j]) { j += 1 }
                    var value = String.UnicodeScalarView()
                    if j < s.count, s[j] == "=" {
                        j += 1
                        while j < s.count, isSpace(s[j]) { j += 1 }
                        if j < s.count, s[j] == "\"" || s[j] == "'" {
                            let quote = s[j]
                            j += 1
                            while j < s.count, s[j] != quote { value.append(s[j]); j += 1 }
                            j += 1
                        } else {
                            while j < s.count, !isSpace(s[j]), s[j] != ">" { value.append(s[j]); j += 1 }
                        }
                    }
                    attributes.append(HTMLAttribute(name: String(attributeName).lowercased(), value: String(value)))
                }
                i = j + 1
                if closing {
                    tokens.append(.endTag(name: tagName))
                    continue
                }
                tokens.append(.startTag(name: tagName, attributes: attributes))
                if rawText.contains(tagName) {
                    let end = Array("</\(tagName)".unicodeScalars)
                    func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
                        c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32)! : c
                    }
                    var k = i
                    while k < s.count, !(k + end.count <= s.count && zip(s[k...], end).allSatisfy { lower($0) == $1 }) {
                        k += 1
                    }
                    tokens.append(.text(String(String.UnicodeScalarView(s[i..<k])), rawTextOf: tagName))
                    i = k
                }
            } else {
                text.append(s[i])
                i += 1
            }
        }
        flushText()
        return tokens
    }

    /// Decodes numeric and the common named character references, as a browser does in
    /// attribute values (enough to see the scheme of a URL).
    public static func decodeEntities(_ text: String) -> String {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
                     "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "nbsp": "\u{A0}", "semi": ";"]
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            rest = rest[rest.index(after: ampersand)...]
            let body = rest.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var replacement: String?
            let lowered = body.lowercased()
            if lowered.hasPrefix("#x") {
                replacement = UInt32(lowered.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if lowered.hasPrefix("#") {
                replacement = UInt32(lowered.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[String(body)]
            }
            guard let replacement else { output += "&"; continue }
            output += replacement
            rest = rest.dropFirst(body.count)
            if rest.first == ";" { rest = rest.dropFirst() }
        }
        return output + rest
    }
}
