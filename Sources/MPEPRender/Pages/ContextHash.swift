import MPEPContent
import MPEPMarkdown

extension ContentHash {
    /// The hash of everything a context holds: the reuse key of a page drawn from it.
    ///
    /// Every name and value the context encodes goes in, with its depth in the context, in the
    /// order the context encodes them (a struct's in declaration order), so two contexts hash
    /// alike exactly when they would show the same names with the same values: a page's key
    /// cannot leave out an input the page reads. ``MarkdownText`` goes in as its source and
    /// options, not its HTML, so hashing renders nothing.
    init(encoding context: some Encodable) {
        let sink = HashSink()
        do {
            try context.encode(to: HashingEncoder(sink: sink, depth: 0))
        } catch {
            // The hashing encoder throws nothing; only a hand-written `encode(to:)` could.
            preconditionFailure("a page context cannot be hashed: \(error)")
        }
        self = sink.hash
    }
}

/// The running hash of one context, shared by the containers of its encoder.
private final class HashSink {
    var hash = ContentHash()

    enum Tag: UInt8 { case object = 1, list, key, element, text, bool, integer, double, absent, markdown }

    /// One event: what it is and how deep, in one word.
    func event(_ tag: Tag, _ depth: Int, _ extra: UInt64 = 0) {
        var word = UInt64(tag.rawValue) | UInt64(truncatingIfNeeded: depth) << 8 | extra << 32
        withUnsafeBytes(of: &word) { hash.add($0) }
    }

    func text(_ text: String, _ depth: Int) {
        event(.text, depth)
        hash.add(text)
    }

    func integer<T: BinaryInteger>(_ value: T, _ depth: Int) {
        event(.integer, depth)
        var word = Int64(truncatingIfNeeded: value)
        withUnsafeBytes(of: &word) { hash.add($0) }
    }

    func double(_ value: Double, _ depth: Int) {
        event(.double, depth)
        var word = value.bitPattern
        withUnsafeBytes(of: &word) { hash.add($0) }
    }

    /// A value of any type: Markdown by its source, a leaf directly, anything else by its encoding.
    func value<T: Encodable>(_ value: T, _ depth: Int) throws {
        switch value {
        case let markdown as MarkdownText:
            event(.markdown, depth, (markdown.trust == .data ? 1 : 2) | (markdown.nestedHeadings ? 4 : 0))
            hash.add(markdown.source)
        case let text as String: self.text(text, depth)
        case let flag as Bool: event(.bool, depth, flag ? 1 : 0)
        case let number as Int: integer(number, depth)
        default: try value.encode(to: HashingEncoder(sink: self, depth: depth))
        }
    }
}

private struct HashingEncoder: Encoder {
    let sink: HashSink
    let depth: Int
    /// Not kept: the path only serves error messages, and hashing has none.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.event(.object, depth)
        return KeyedEncodingContainer(HashingKeyedContainer<Key>(sink: sink, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.event(.list, depth)
        return HashingUnkeyedContainer(sink: sink, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        HashingSingleContainer(sink: sink, depth: depth)
    }
}

private struct HashingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: HashSink
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    /// The key's event and name; its value follows one level deeper.
    private func key(_ key: Key) {
        sink.event(.key, depth)
        sink.hash.add(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { self.key(key); sink.event(.absent, depth + 1) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); sink.event(.bool, depth + 1, value ? 1 : 0) }
    mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); sink.text(value, depth + 1) }
    mutating func encode(_ value: Double, forKey key: Key) throws { self.key(key); sink.double(value, depth + 1) }
    mutating func encode(_ value: Float, forKey key: Key) throws { self.key(key); sink.double(Double(value), depth + 1) }
    mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { self.key(key); sink.integer(value, depth + 1) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try sink.value(value, depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        self.key(key)
        return HashingEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.key(key)
        return HashingEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink, depth: depth) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        self.key(key)
        return HashingEncoder(sink: sink, depth: depth + 1)
    }
}

private struct HashingUnkeyedContainer: UnkeyedEncodingContainer {
    let sink: HashSink
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(sink: HashSink, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    /// The element's event; its value follows one level deeper.
    private mutating func element() {
        sink.event(.element, depth)
        count += 1
    }

    mutating func encodeNil() throws { element(); sink.event(.absent, depth + 1) }
    mutating func encode(_ value: Bool) throws { element(); sink.event(.bool, depth + 1, value ? 1 : 0) }
    mutating func encode(_ value: String) throws { element(); sink.text(value, depth + 1) }
    mutating func encode(_ value: Double) throws { element(); sink.double(value, depth + 1) }
    mutating func encode(_ value: Float) throws { element(); sink.double(Double(value), depth + 1) }
    mutating func encode(_ value: Int) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int8) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int16) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int32) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: Int64) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt8) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt16) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt32) throws { element(); sink.integer(value, depth + 1) }
    mutating func encode(_ value: UInt64) throws { element(); sink.integer(value, depth + 1) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        element()
        try sink.value(value, depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        element()
        return HashingEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        element()
        return HashingEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        element()
        return HashingEncoder(sink: sink, depth: depth + 1)
    }
}

private struct HashingSingleContainer: SingleValueEncodingContainer {
    let sink: HashSink
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { sink.event(.absent, depth) }
    mutating func encode(_ value: Bool) throws { sink.event(.bool, depth, value ? 1 : 0) }
    mutating func encode(_ value: String) throws { sink.text(value, depth) }
    mutating func encode(_ value: Double) throws { sink.double(value, depth) }
    mutating func encode(_ value: Float) throws { sink.double(Double(value), depth) }
    mutating func encode(_ value: Int) throws { sink.integer(value, depth) }
    mutating func encode(_ value: Int8) throws { sink.integer(value, depth) }
    mutating func encode(_ value: Int16) throws { sink.integer(value, depth) }
    mutating func encode(_ value: Int32) throws { sink.integer(value, depth) }
    mutating func encode(_ value: Int64) throws { sink.integer(value, depth) }
    mutating func encode(_ value: UInt) throws { sink.integer(value, depth) }
    mutating func encode(_ value: UInt8) throws { sink.integer(value, depth) }
    mutating func encode(_ value: UInt16) throws { sink.integer(value, depth) }
    mutating func encode(_ value: UInt32) throws { sink.integer(value, depth) }
    mutating func encode(_ value: UInt64) throws { sink.integer(value, depth) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try sink.value(value, depth)
    }
}
