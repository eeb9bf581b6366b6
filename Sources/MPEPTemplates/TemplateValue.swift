/// A value a template can show: the whole context of a page is one of these.
///
/// Typed rather than `Any`, so a lookup is a dictionary access and a `switch`, not a chain of
/// dynamic casts (which made swift-mustache spend about 2 µs on every `{{value}}`).
public enum TemplateValue: Sendable, Equatable {
    /// Shown by `{{name}}` (escaped) and `{{{name}}}` (as is). As a section, a text is truthy
    /// (even when empty) and becomes the section's context (`{{.}}`).
    case text(String)
    /// A section shows its content once for `true`, never for `false`.
    case bool(Bool)
    /// A section shows its content once per element, with the element as context; an empty list
    /// is falsy.
    case list([TemplateValue])
    /// Names are looked up in objects, innermost section first.
    case object([String: TemplateValue])

    /// A whole number, shown in decimal.
    public static func number(_ value: Int) -> TemplateValue { .text(String(value)) }

    /// A list of objects (table rows, answer blocks).
    public static func objects(_ values: [[String: TemplateValue]]) -> TemplateValue { .list(values.map(TemplateValue.object)) }

    /// A list of texts.
    public static func texts(_ values: [String]) -> TemplateValue { .list(values.map(TemplateValue.text)) }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// A value already made for a template can sit in a context struct as it is (``TemplateEncoder``
/// takes it unchanged); other encoders see texts, bools, lists and objects.
extension TemplateValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .list(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let fields):
            var container = encoder.container(keyedBy: FieldKey.self)
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) { try container.encode(value, forKey: FieldKey(key)) }
        }
    }

    private struct FieldKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}
