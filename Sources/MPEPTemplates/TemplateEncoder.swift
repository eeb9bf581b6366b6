/// Turns any `Encodable` into the ``TemplateValue`` a template reads, so a page's context is a plain
/// Swift struct and this is the one place where Swift values become template values.
///
///     struct Row: Encodable { var modelName: String; var provisional: Bool; var rank: Int?; var cells: [String] }
///     try TemplateEncoder().encode(Row(modelName: "M", provisional: false, rank: nil, cells: ["a"]))
///     // ["model_name": "M", "provisional": false, "cells": ["a"]]: no "rank" at all
///
/// The mapping keeps Mustache's meaning of each Swift value:
/// - a struct (or dictionary) is an object; property names become snake_case keys
///   (`modelName` → `model_name`, `jsonURL` → `json_url`; a key already in snake_case stays);
/// - an array is a list (an empty one is falsy, as `.list([])` always was);
/// - a `String` is a text (truthy even when empty); a `Bool` is a bool;
/// - an integer is a text in decimal, as ``TemplateValue/number(_:)``;
/// - an `Optional` that is nil leaves its key out, so `{{name}}` looks it up in the enclosing
///   contexts and a section on it shows nothing: absent, not false;
/// - a floating-point number is refused (`EncodingError.invalidValue`): how many decimals a
///   figure shows is the page's decision, so contexts hold figures already formatted as text.
public struct TemplateEncoder: Sendable {
    public init() {}

    public func encode(_ value: some Encodable) throws -> TemplateValue {
        if let leaf = try leaf(value, []) { return leaf }
        let slot = Slot()
        try value.encode(to: SlotEncoder(slot: slot, codingPath: []))
        return slot.value ?? .object([:])
    }

    /// `modelName` → `model_name`, `jsonURL` → `json_url`, `URLPath` → `url_path`; a name without
    /// capitals is returned as it is (the common case, so it costs one pass over the bytes).
    public static func snakeCase(_ name: String) -> String {
        guard name.utf8.contains(where: isUpper) else { return name }
        let utf8 = Array(name.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 4)
        for (i, byte) in utf8.enumerated() {
            if isUpper(byte), i > 0 {
                let previous = utf8[i - 1]
                let nextIsLower = i + 1 < utf8.count && isLower(utf8[i + 1])
                if previous != UInt8(ascii: "_") && (!isUpper(previous) || nextIsLower) {
                    out.append(UInt8(ascii: "_"))
                }
            }
            out.append(isUpper(byte) ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}

/// Where one value is being encoded. A value that encodes nothing (or only nil) is absent: its key
/// is left out of the enclosing object.
private final class Slot {
    private var single: TemplateValue?
    private var fields: [String: Field]?
    private var elements: [Field]?

    enum Field {
        case value(TemplateValue?)
        case slot(Slot)

        var value: TemplateValue? {
            switch self {
            case .value(let value): value
            case .slot(let slot): slot.value
            }
        }
    }

    var value: TemplateValue? {
        if let fields {
            var object: [String: TemplateValue] = [:]
            object.reserveCapacity(fields.count)
            for (key, field) in fields {
                if let value = field.value { object[key] = value }
            }
            return .object(object)
        }
        if let elements { return .list(elements.map { $0.value ?? .object([:]) }) }
        return single
    }

    func makeObject() {
        if fields == nil { fields = [:]; elements = nil; single = nil }
    }

    func makeList() {
        if elements == nil { elements = []; fields = nil; single = nil }
    }

    func set(_ field: Field, for key: String) { fields?[key] = field }
    func remove(_ key: String) { fields?[key] = nil }
    func append(_ field: Field) { elements?.append(field) }
    var count: Int { elements?.count ?? 0 }
    func set(_ value: TemplateValue?) { single = value; fields = nil; elements = nil }
}

private struct SlotEncoder: Encoder {
    let slot: Slot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeList()
        return UnkeyedContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(slot: slot, codingPath: codingPath)
    }
}

/// The value of a leaf, or nil when `T` is not one (a struct, an array, an optional's wrapped value).
private func leaf<T: Encodable>(_ value: T, _ codingPath: [any CodingKey]) throws -> TemplateValue? {
    switch value {
    case let text as String: return .text(text)
    case let flag as Bool: return .bool(flag)
    case let number as Int: return .number(number)
    case is Double, is Float: throw refuse(value, codingPath)
    case let value as TemplateValue: return value
    default: return nil
    }
}

private func encodeNested<T: Encodable>(_ value: T, _ codingPath: [any CodingKey]) throws -> Slot.Field {
    if let leaf = try leaf(value, codingPath) { return .value(leaf) }
    let slot = Slot()
    try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    return .value(slot.value)
}

private func integerText<T: BinaryInteger>(_ value: T) -> TemplateValue { .text(String(value)) }

private func refuse(_ value: Any, _ codingPath: [any CodingKey]) -> EncodingError {
    EncodingError.invalidValue(value, EncodingError.Context(
        codingPath: codingPath,
        debugDescription: "a template shows text: format the figure (e.g. Formatting.fixed) into a String"))
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [any CodingKey]

    private func name(_ key: Key) -> String { TemplateEncoder.snakeCase(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { slot.remove(name(key)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot.set(.value(.bool(value)), for: name(key)) }
    mutating func encode(_ value: String, forKey key: Key) throws { slot.set(.value(.text(value)), for: name(key)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw refuse(value, codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw refuse(value, codingPath + [key]) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { slot.set(.value(integerText(value)), for: name(key)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        slot.set(try encodeNested(value, codingPath + [key]), for: name(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = Slot()
        slot.set(.slot(child), for: name(key))
        return SlotEncoder(slot: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = Slot()
        slot.set(.slot(child), for: name(key))
        return SlotEncoder(slot: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    /// The same object: a type that extends another's context encodes both into one (flattened).
    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = Slot()
        slot.set(.slot(child), for: name(key))
        return SlotEncoder(slot: child, codingPath: codingPath + [key])
    }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    private var path: [any CodingKey] { codingPath + [IndexKey(count)] }

    mutating func encodeNil() throws { slot.append(.value(nil)) }
    mutating func encode(_ value: Bool) throws { slot.append(.value(.bool(value))) }
    mutating func encode(_ value: String) throws { slot.append(.value(.text(value))) }
    mutating func encode(_ value: Double) throws { throw refuse(value, path) }
    mutating func encode(_ value: Float) throws { throw refuse(value, path) }
    mutating func encode(_ value: Int) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: Int8) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: Int16) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: Int32) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: Int64) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: UInt) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: UInt8) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: UInt16) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: UInt32) throws { slot.append(.value(integerText(value))) }
    mutating func encode(_ value: UInt64) throws { slot.append(.value(integerText(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.append(try encodeNested(value, path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = Slot()
        let encoder = SlotEncoder(slot: child, codingPath: path)
        slot.append(.slot(child))
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = Slot()
        let encoder = SlotEncoder(slot: child, codingPath: path)
        slot.append(.slot(child))
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = Slot()
        let encoder = SlotEncoder(slot: child, codingPath: path)
        slot.append(.slot(child))
        return encoder
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.set(nil) }
    mutating func encode(_ value: Bool) throws { slot.set(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.set(.text(value)) }
    mutating func encode(_ value: Double) throws { throw refuse(value, codingPath) }
    mutating func encode(_ value: Float) throws { throw refuse(value, codingPath) }
    mutating func encode(_ value: Int) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: Int8) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: Int16) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: Int32) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: Int64) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: UInt) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: UInt8) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: UInt16) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: UInt32) throws { slot.set(integerText(value)) }
    mutating func encode(_ value: UInt64) throws { slot.set(integerText(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        switch try encodeNested(value, codingPath) {
        case .value(let value): slot.set(value)
        case .slot(let child): slot.set(child.value)
        }
    }
}
