import Foundation
import Testing
import TestSupport
import MPEPContent
import MPEPRank
@testable import MPEPRender

/// One input of a prompt page, changed in the minimal tree (with a second model, model-c) in a way
/// that leaves every other input of prompt p2's page as it was.
enum PromptPageInput: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case answerText, verdict, translation, status, translators, neighbourNumber, modelOrder, referenceAnswer

    var testDescription: String { rawValue }

    func change(_ dir: TemporaryDirectory) {
        switch self {
        case .answerText:
            dir.write("languages/nl/outputs/model-b.jsonl", PromptPageKeyTests.outputsB.replacingOccurrences(of: "Druppels op het dak", with: "Druppels op het rieten dak"))
        case .verdict:
            dir.write("languages/nl/annotations/judge-a/model-b.jsonl", PromptPageKeyTests.verdictsB.replacingOccurrences(of: #""p2", "preference": 1.5"#, with: #""p2", "preference": 1.75"#))
        case .translation:
            dir.write("languages/nl/prompts.jsonl", PromptPageKeyTests.translations.replacingOccurrences(of: "over regen", with: "over de regen"))
        case .status:
            dir.write("languages/nl/prompts.jsonl", PromptPageKeyTests.translations.replacingOccurrences(of: #"over regen."}"#, with: #"over regen.", "status": "reviewed"}"#))
        case .translators:
            dir.write("languages/nl/prompts.jsonl", PromptPageKeyTests.translations.replacingOccurrences(of: #"over regen."}"#, with: #"over regen.", "translators": ["z"]}"#))
        case .neighbourNumber:
            // An untranslated source prompt between p2 and p3: p3 becomes prompt 4, p2 stays 2.
            dir.write("prompts.jsonl", PromptPageKeyTests.sources.replacingOccurrences(of: #"{"id": "p3""#, with: "{\"id\": \"p9\", \"prompt\": \"Name a colour.\"}\n{\"id\": \"p3\""))
        case .modelOrder:
            // model-c overtakes model-b on p1 and p3; the verdicts on p2 stay as they were.
            dir.write("languages/nl/annotations/judge-a/model-c.jsonl", """
                {"id": "p1", "preference": 2}
                {"id": "p2", "preference": 1.5}
                {"id": "p3", "preference": 2}
                """)
        case .referenceAnswer:
            dir.write("languages/nl/outputs/ref-model.jsonl", """
                {"id": "p1", "output": "4"}
                {"id": "p2", "output": "Regen valt hard"}
                {"id": "p3", "output": "Een functie die zichzelf aanroept."}
                """)
        }
    }
}

@Suite("A prompt page's reuse key")
struct PromptPageKeyTests {
    static let sources = """
        {"id": "p1", "prompt": "Add 2 and 2.", "category": "math"}
        {"id": "p2", "prompt": "Write a haiku about rain.", "category": "writing"}
        {"id": "p3", "prompt": "Explain recursion.", "category": "coding"}
        """
    static let translations = """
        {"id": "p1", "prompt": "Tel 2 en 2 op.", "translators": ["a"], "status": "reviewed"}
        {"id": "p2", "prompt": "Schrijf een haiku over regen."}
        {"id": "p3", "prompt": "Leg recursie uit."}
        """
    static let outputsB = """
        {"id": "p1", "output": "Het antwoord is 4."}
        {"id": "p2", "output": "Druppels op het dak"}
        {"id": "p3", "output": "Recursie: een **functie** die zichzelf aanroept."}
        """
    static let verdictsB = """
        {"id": "p1", "preference": 2}
        {"id": "p2", "preference": 1.5}
        {"id": "p3", "preference": 1.25}
        """

    /// The key of prompt p2's page and the models' order, from the minimal tree with model-c
    /// (ranked below model-b) after `change`.
    static func key(bundled: Bool = false, prompt id: String = "p2",
                    _ change: (TemporaryDirectory) -> Void = { _ in }) throws -> (key: ContentHash, models: [String]) {
        let (page, _, models) = try keys(bundled: bundled, prompt: id, change)
        return (page, models)
    }

    /// The keys of prompt p2's page and of the answer bundle holding it, and the models' order.
    static func keys(bundled: Bool = false, prompt id: String = "p2", _ change: (TemporaryDirectory) -> Void = { _ in })
        throws -> (page: ContentHash, bundle: ContentHash, models: [String]) {
        let dir = TemporaryDirectory()
        ContentTrees.minimal(in: dir)
        dir.write("models/model-c.yml", "name: Model C\norganization: Test Lab\nopen_weights: false\nmode: community\n")
        dir.write("languages/nl/outputs/model-c.jsonl", """
            {"id": "p1", "output": "Vier."}
            {"id": "p2", "output": "Grijze lucht"}
            {"id": "p3", "output": "Een lus."}
            """)
        dir.write("languages/nl/annotations/judge-a/model-c.jsonl", """
            {"id": "p1", "preference": 1}
            {"id": "p2", "preference": 1.5}
            {"id": "p3", "preference": 1}
            """)
        change(dir)
        let content = try #require(ContentLoader(root: dir.url, displayRoot: "content").load().content)
        let templates = try TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"))
        var renderer = SiteRenderer(content: content, rankings: try Ranker.rank(content), templates: templates)
        renderer.bundledAnswers = bundled
        let inputs = DrillDownInputs(content)
        let language = try #require(content.language("nl"))
        let answers = LanguageAnswers(language: language, records: try #require(language.loaded), content: content,
                                      rankings: renderer.rankings, numbers: inputs.numbers)
        let index = try #require(answers.prompts.firstIndex { $0.source.id == id })
        let page = renderer.promptPageContext(answers, at: index, sourceHTML: inputs.sources[id] ?? "")
        let bundle = AnswerBundles.Contents(answers, bundle: AnswerBundles.bundle(ofNumber: answers.prompts[index].number))
        return (page.key, ContentHash(encoding: bundle), answers.models)
    }

    @Test("an answer bundle's key is the hash of what it holds: another answer text changes it, a verdict does not")
    func bundleKey() throws {
        let base = try Self.keys(bundled: true).bundle
        #expect(try Self.keys(bundled: true).bundle == base)
        let edited = try Self.keys(bundled: true) { dir in
            dir.write("languages/nl/outputs/model-c.jsonl", """
                {"id": "p1", "output": "Vier."}
                {"id": "p2", "output": "Grijze luchten"}
                {"id": "p3", "output": "Een lus."}
                """)
        }.bundle
        #expect(edited != base)
        let judged = try Self.keys(bundled: true) { dir in
            dir.write("languages/nl/annotations/judge-a/model-c.jsonl", """
                {"id": "p1", "preference": 1}
                {"id": "p2", "preference": 2}
                {"id": "p3", "preference": 1}
                """)
        }.bundle
        #expect(judged == base, "a bundle holds answers, not verdicts")
    }

    @Test("two builds of the same inputs give a prompt page the same key")
    func identicalInputs() throws {
        #expect(try Self.key().key == Self.key().key)
        #expect(try Self.key(bundled: true).key == Self.key(bundled: true).key)
    }

    @Test("changing any one input of a prompt page changes its key, whether answers are in pages or in bundles",
          arguments: PromptPageInput.allCases, [false, true])
    func eachInputChangesTheKey(input: PromptPageInput, bundled: Bool) throws {
        let before = try Self.key(bundled: bundled)
        let after = try Self.key(bundled: bundled, input.change)
        if input == .modelOrder {
            #expect(before.models == ["model-b", "model-c"] && after.models == ["model-c", "model-b"], "the change reorders the models")
        }
        #expect(before.key != after.key)
    }

    @Test("an answer to another prompt leaves the page's key alone, so the page is reused")
    func otherPromptsAnswer() throws {
        let before = try Self.key()
        let after = try Self.key { dir in
            dir.write("languages/nl/outputs/model-b.jsonl", Self.outputsB.replacingOccurrences(of: "Het antwoord is 4.", with: "Vier, natuurlijk."))
        }
        #expect(before.key == after.key)
    }

    @Test("with bundled answers a page shows an answer's length only, so an answer of the same length keeps the key (its bundle changes)")
    func bundledAnswerOfSameLength() throws {
        func key(bundled: Bool) throws -> (ContentHash, ContentHash) {
            let before = try Self.key(bundled: bundled)
            let after = try Self.key(bundled: bundled) { dir in
                dir.write("languages/nl/outputs/model-b.jsonl", Self.outputsB.replacingOccurrences(of: "Druppels op het dak", with: "Druppels op de ruit"))
            }
            return (before.key, after.key)
        }
        let (inPages, inPagesChanged) = try key(bundled: false)
        let (inBundles, inBundlesChanged) = try key(bundled: true)
        #expect(inPages != inPagesChanged)
        #expect(inBundles == inBundlesChanged)
    }

    @Test("the key covers whether the page holds its answers or links them in bundles")
    func layoutOfAnswers() throws {
        #expect(try Self.key(bundled: false).key != Self.key(bundled: true).key)
    }
}
