import Foundation

/// Small, visible content trees for tests: each test starts from `minimal` and breaks one thing.
public enum ContentTrees {
    /// `minimal` without its model, over `prompts` numbered prompts p0, p1, … (with `category(i)` when
    /// given), the reference answering prompt i in `referenceLength(i)` characters: a tree to which a
    /// test adds its own models (`models/<id>.yml`, outputs and annotations in `languages/nl/`).
    public static func numbered(in dir: TemporaryDirectory, prompts: Int, category: ((Int) -> String)? = nil,
                                referenceLength: (Int) -> Int) {
        minimal(in: dir)
        var source = "", translations = "", reference = ""
        for i in 0..<prompts {
            let tag = category.map { ", \"category\": \"\($0(i))\"" } ?? ""
            source += "{\"id\": \"p\(i)\", \"prompt\": \"Prompt \(i)\"\(tag)}\n"
            translations += "{\"id\": \"p\(i)\", \"prompt\": \"Vraag \(i)\"}\n"
            reference += "{\"id\": \"p\(i)\", \"output\": \"\(String(repeating: "r", count: referenceLength(i)))\"}\n"
        }
        dir.write("prompts.jsonl", source)
        dir.write("languages/nl/prompts.jsonl", translations)
        dir.write("languages/nl/outputs/ref-model.jsonl", reference)
        try? FileManager.default.removeItem(at: dir.url.appendingPathComponent("languages/nl/annotations/judge-a/model-b.jsonl"))
        try? FileManager.default.removeItem(at: dir.url.appendingPathComponent("languages/nl/outputs/model-b.jsonl"))
    }

    /// A valid tree with one language, one model, the reference and one judge, at `folder`
    /// (e.g. `content/`) inside `dir`, or at its root.
    public static func minimal(in dir: TemporaryDirectory, at folder: String = "") {
        let prefix = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
        dir.write(prefix + "site.yml", """
            title: Test Leaderboard
            description: A tiny tree for tests.
            base_url: /
            reference: ref-model
            judge: judge-a
            length_control: minimal
            bootstrap_rounds: 200
            seed: 7
            """)
        dir.write(prefix + "prompts.jsonl", """
            {"id": "p1", "prompt": "Add 2 and 2.", "category": "math"}
            {"id": "p2", "prompt": "Write a haiku about rain.", "category": "writing"}
            {"id": "p3", "prompt": "Explain recursion.", "category": "coding"}
            """)
        dir.write(prefix + "models/ref-model.yml", "name: Reference Model\norganization: Test Lab\nopen_weights: true\nmode: verified\n")
        dir.write(prefix + "models/model-b.yml", "name: Model B\norganization: Test Lab\nparameters: 7\nopen_weights: true\nmode: community\n")
        dir.write(prefix + "judges/judge-a.yml", "name: Judge A\nmodel: some-llm\nkind: llm\npreference_kind: weighted\n")
        dir.write(prefix + "languages/nl/language.yml", """
            name: Dutch
            native_name: Nederlands
            direction: ltr
            status: active
            leads: [lead-one]
            space: https://example.org/space
            target: 3
            """)
        dir.write(prefix + "languages/nl/prompts.jsonl", """
            {"id": "p1", "prompt": "Tel 2 en 2 op.", "translators": ["a"], "status": "reviewed"}
            {"id": "p2", "prompt": "Schrijf een haiku over regen."}
            {"id": "p3", "prompt": "Leg recursie uit."}
            """)
        dir.write(prefix + "languages/nl/outputs/ref-model.jsonl", """
            {"id": "p1", "output": "4"}
            {"id": "p2", "output": "Regen valt zacht"}
            {"id": "p3", "output": "Een functie die zichzelf aanroept."}
            """)
        dir.write(prefix + "languages/nl/outputs/model-b.jsonl", """
            {"id": "p1", "output": "Het antwoord is 4."}
            {"id": "p2", "output": "Druppels op het dak"}
            {"id": "p3", "output": "Recursie: een **functie** die zichzelf aanroept."}
            """)
        dir.write(prefix + "languages/nl/annotations/judge-a/model-b.jsonl", """
            {"id": "p1", "preference": 2}
            {"id": "p2", "preference": 1.5}
            {"id": "p3", "preference": 1.25}
            """)
        dir.write(prefix + "pages/index.md", "---\ntitle: Home\norder: 0\n---\n# Hello\n")
    }
}
