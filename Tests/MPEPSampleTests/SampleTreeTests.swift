import Foundation
import Testing
import TestSupport
@testable import MPEPSample

@Suite("A generated sample tree")
struct SampleTreeTests {
    static let small = SampleTreeSpec(languages: 4, models: 10, prompts: 30, judges: 4, seed: 11)

    @Test("is byte-identical for the same spec and differs for another seed")
    func determinism() throws {
        let first = TemporaryDirectory("sample-a"), second = TemporaryDirectory("sample-b")
        let third = TemporaryDirectory("sample-c")
        try SampleTree.generate(Self.small, into: first.url)
        try SampleTree.generate(Self.small, into: second.url)
        var other = Self.small
        other.seed = 12
        try SampleTree.generate(other, into: third.url)

        let a = TreeReading.files(first.url), b = TreeReading.files(second.url), c = TreeReading.files(third.url)
        #expect(a.count > 100)
        #expect(a.keys.filter { a[$0] != b[$0] }.isEmpty)
        #expect(Set(a.keys).symmetricDifference(c.keys).isEmpty)
        let differing = a.keys.filter { a[$0] != c[$0] && $0.contains("/outputs/") }
        #expect(differing.count == a.keys.filter { $0.contains("/outputs/") }.count)
    }

    @Test("holds the contract's files: every line a JSON object with its fields, ids valid")
    func contract() throws {
        let tree = TemporaryDirectory("sample-contract")
        let world = try SampleTree.generate(Self.small, into: tree.url)
        let files = TreeReading.files(tree.url)
        #expect(files["site.yml"] != nil)
        #expect(files["prompts.jsonl"] != nil)

        let ids = world.models.map(\.id) + [world.reference.id] + world.judges.map(\.id)
            + world.languages.map(\.language.code)
        #expect(ids.allSatisfy(TreeReading.isValidID), "\(ids.filter { !TreeReading.isValidID($0) })")
        #expect(Set(world.models.map(\.id)).count == 10)
        #expect((world.models + [world.reference]).allSatisfy { $0.name.hasSuffix("(sample)") && $0.id.hasPrefix("sample-") })
        for model in world.models + [world.reference] {
            #expect(files["models/\(model.id).yml"] != nil)
        }

        let source = TreeReading.lines(files["prompts.jsonl"]!)
        #expect(source.count == 30)
        #expect(source.allSatisfy { $0?["id"] is String && $0?["prompt"] is String && $0?["category"] is String })
        let promptIDs = source.map { $0!["id"] as! String }

        for (path, data) in files where path.hasSuffix(".jsonl") && path != "prompts.jsonl" {
            let rows = TreeReading.lines(data)
            #expect(rows.allSatisfy { $0 != nil }, "\(path) has a line that is not a JSON object")
            #expect(rows.map { $0?["id"] as? String } == promptIDs || path.contains("/sample-human/"),
                    "\(path) does not follow the prompts' order")
            if path.contains("/outputs/") {
                #expect(rows.allSatisfy { ($0?["output"] as? String)?.isEmpty == false }, "\(path)")
            } else if path.contains("/annotations/") {
                #expect(rows.allSatisfy { $0?.keys.sorted() == ["id", "preference"] }, "\(path)")
                let preferences = rows.map { $0?["preference"] }
                #expect(preferences.allSatisfy { $0 is NSNull || (($0 as? Double).map { (1...2).contains($0) } ?? false) },
                        "\(path) has a preference outside [1, 2]")
                #expect(!path.hasSuffix("/\(world.reference.id).jsonl"), "the reference is judged against itself")
            } else {
                #expect(rows.allSatisfy { $0?["id"] is String && $0?["prompt"] is String }, "\(path)")
            }
        }
    }

    @Test("flags right-to-left languages rtl and writes them in their script")
    func rightToLeft() throws {
        let tree = TemporaryDirectory("sample-rtl")
        try SampleTree.generate(SampleTreeSpec(languages: 8, models: 1, prompts: 3, judges: 1, seed: 3), into: tree.url)
        let files = TreeReading.files(tree.url)
        let yaml = { (code: String) in String(decoding: files["languages/\(code)/language.yml"]!, as: UTF8.self) }
        #expect(yaml("ar").contains("direction: \"rtl\""))
        #expect(yaml("he").contains("direction: \"rtl\""))
        #expect(yaml("nl").contains("direction: \"ltr\""))
        #expect(yaml("zh").contains("direction: \"ltr\""))
        let arabic = String(decoding: files["languages/ar/outputs/sample-curlew-70b.jsonl"]!, as: UTF8.self)
        #expect(arabic.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
        let russian = String(decoding: files["languages/ru/outputs/sample-curlew-70b.jsonl"]!, as: UTF8.self)
        #expect(russian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        let chinese = String(decoding: files["languages/zh/prompts.jsonl"]!, as: UTF8.self)
        #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    @Test("writes answers of spread lengths, longer for verbose models, with Markdown structure")
    func lengths() throws {
        let tree = TemporaryDirectory("sample-lengths")
        try SampleTree.generate(SampleTreeSpec(languages: 2, models: 8, prompts: 100, judges: 1, seed: 5), into: tree.url)
        let files = TreeReading.files(tree.url)
        func outputs(_ model: String) -> [String] {
            ["nl", "ru"].flatMap { code in
                TreeReading.lines(files["languages/\(code)/outputs/\(model).jsonl"]!).map { $0!["output"] as! String }
            }
        }
        let all = files.keys.filter { $0.contains("/outputs/") }.flatMap { path in
            TreeReading.lines(files[path]!).map { ($0!["output"] as! String).unicodeScalars.count }
        }.sorted()
        let p10 = all[all.count / 10], median = all[all.count / 2], p90 = all[all.count * 9 / 10]
        #expect(all.first! >= 40)
        #expect((700...1_600).contains(median), "median \(median)")
        #expect(Double(p90) / Double(p10) > 2.5, "p10 \(p10), p90 \(p90)")

        func medianLength(_ model: String) -> Int {
            let lengths = outputs(model).map(\.unicodeScalars.count).sorted()
            return lengths[lengths.count / 2]
        }
        #expect(medianLength("sample-bittern-13b") > medianLength("sample-reference") * 3 / 2)
        #expect(medianLength("sample-lapwing-1.5b") < medianLength("sample-reference"))

        let text = outputs("sample-curlew-70b").joined(separator: "\n")
        #expect(text.contains("\n- "))
        #expect(text.contains("\n1. "))
        #expect(text.contains("```"))
        #expect(text.contains("| --- | --- | --- |"))
        #expect(text.contains("\n## "))
    }

    @Test("refuses an impossible size with an error naming the folder")
    func badSpec() {
        let tree = TemporaryDirectory("sample-bad")
        #expect(throws: SampleError.self) {
            try SampleTree.generate(SampleTreeSpec(languages: 21), into: tree.url)
        }
        #expect(throws: SampleError.self) {
            try SampleTree.generate(SampleTreeSpec(prompts: 0), into: tree.url)
        }
    }
}
