import Testing
import MPEPTemplates

private struct Cell: Encodable {
    var winRate: String
    var n: Int
}

private struct Row: Encodable {
    var modelName: String
    var modelURL: String
    var provisional: Bool
    var rank: Int?
    var note: String?
    var cells: [Cell]
    var tags: [String]
}

private struct Figure: Encodable {
    var score: Double
}

@Suite("Encoding contexts for templates")
struct TemplateEncoderTests {
    @Test("a struct is an object with snake_case keys; nested structs and arrays follow; a nil optional is absent")
    func mapping() throws {
        let row = Row(modelName: "M", modelURL: "/models/m/", provisional: false, rank: nil, note: "",
                      cells: [Cell(winRate: "51.2", n: 3)], tags: [])
        #expect(try TemplateEncoder().encode(row) == .object([
            "model_name": .text("M"), "model_url": .text("/models/m/"), "provisional": .bool(false),
            "note": .text(""),
            "cells": .list([.object(["win_rate": .text("51.2"), "n": .text("3")])]),
            "tags": .list([]),
        ]))
    }

    @Test("names become snake_case as JSONEncoder's strategy does, capitals runs as one word",
          arguments: [("modelName", "model_name"), ("modelURL", "model_url"), ("lcCI", "lc_ci"), ("nWinsBase", "n_wins_base"),
                      ("jsonURL", "json_url"), ("URLPath", "url_path"), ("has_rows", "has_rows"), ("n", "n"), ("judgeA", "judge_a")])
    func snakeCase(name: String, key: String) {
        #expect(TemplateEncoder.snakeCase(name) == key)
    }

    @Test("integers show in decimal, as TemplateValue.number; a floating-point figure is refused, to be formatted by the page")
    func numbers() throws {
        #expect(try TemplateEncoder().encode(["a": -7, "b": 42]) == ["a": .number(-7), "b": .number(42)])
        #expect(throws: EncodingError.self) { try TemplateEncoder().encode(Figure(score: 0.5)) }
    }

    @Test("a TemplateValue inside a context is taken as it is")
    func embeddedValue() throws {
        struct Wrapper: Encodable { var value: TemplateValue }
        let value: TemplateValue = ["x": ["y", true]]
        #expect(try TemplateEncoder().encode(Wrapper(value: value)) == .object(["value": value]))
    }

    @Test("Mustache reads an encoded context as it read hand-built ones: absent looks outward, false and [] hide a section, \"\" shows it")
    func mustacheSemantics() throws {
        struct Inner: Encodable { var label: String?; var flag: Bool; var items: [String]; var text: String }
        struct Outer: Encodable { var label: String; var inner: Inner }
        let context = try TemplateEncoder().encode(Outer(label: "outer", inner: Inner(label: nil, flag: false, items: [], text: "")))
        let source = "{{#inner}}[{{label}}]{{#flag}}F{{/flag}}{{^flag}}f{{/flag}}{{#items}}I{{/items}}{{^items}}i{{/items}}{{#text}}T{{/text}}{{/inner}}"
        #expect(try render(source, context) == "[outer]fiT")
        let shown = try TemplateEncoder().encode(Outer(label: "outer", inner: Inner(label: "inner", flag: true, items: ["a", "b"], text: "x")))
        #expect(try render(source, shown) == "[inner]FIIT")
    }

    @Test("a type that encodes itself into its encoder's container twice gives one object (contexts merged)")
    func merged() throws {
        struct Both: Encodable {
            func encode(to encoder: any Encoder) throws {
                try Cell(winRate: "1.0", n: 1).encode(to: encoder)
                try ["extra": "yes"].encode(to: encoder)
            }
        }
        #expect(try TemplateEncoder().encode(Both()) == ["win_rate": "1.0", "n": 1, "extra": "yes"])
    }
}
