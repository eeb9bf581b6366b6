import TestSupport

/// One broken tree per rule across files. Lines refer to `ContentTrees.minimal`: site.yml has
/// `reference` on line 4 and `judge` on line 5; nl's language.yml has `status` on 4, `target: 3`
/// on 7; every JSONL file there has rows p1, p2, p3 on lines 1–3.
enum BrokenTrees {
    static let nl = "languages/nl"
    static let all: [BrokenTree] = ids + models + judges + verdicts + progress + display

    static let ids: [BrokenTree] = [
        BrokenTree("a source prompt id used twice", expected: [
            #"content/prompts.jsonl:4: error: duplicate "id" "p1": already used on line 1; ids must be unique in a file"#,
        ]) { $0.append("prompts.jsonl", #"{"id": "p1", "prompt": "Again."}"#) },
        BrokenTree("a translation id used twice", expected: [
            #"content/languages/nl/prompts.jsonl:4: error: duplicate "id" "p2": already used on line 2; ids must be unique in a file"#,
        ]) {
            $0.append("\(nl)/prompts.jsonl", #"{"id": "p2", "prompt": "Nog een keer."}"#)
            $0.replace("\(nl)/language.yml", "target: 3", with: "target: 4")
        },
        BrokenTree("an output id used twice, and a third time", expected: [
            #"content/languages/nl/outputs/model-b.jsonl:4: error: duplicate "id" "p1": already used on line 1; ids must be unique in a file"#,
            #"content/languages/nl/outputs/model-b.jsonl:5: error: duplicate "id" "p1": already used on line 1; ids must be unique in a file"#,
        ]) {
            $0.append("\(nl)/outputs/model-b.jsonl", #"{"id": "p1", "output": "5"}"#)
            $0.append("\(nl)/outputs/model-b.jsonl", #"{"id": "p1", "output": "6"}"#)
        },
        BrokenTree("an annotation id used twice", expected: [
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:4: error: duplicate "id" "p3": already used on line 3; ids must be unique in a file"#,
        ]) { $0.append("\(nl)/annotations/judge-a/model-b.jsonl", #"{"id": "p3", "preference": 1}"#) },
        BrokenTree("a translation of a prompt that is not in the source set", expected: [
            #"content/languages/nl/prompts.jsonl:4: error: "id" "p9" is not a prompt of the source set (prompts.jsonl); a translation keeps the id of the English prompt it translates"#,
        ]) {
            $0.append("\(nl)/prompts.jsonl", #"{"id": "p9", "prompt": "Wat?"}"#)
            $0.replace("\(nl)/language.yml", "target: 3", with: "target: 4")
        },
        BrokenTree("an output for a prompt the language has not translated", expected: [
            #"content/languages/nl/outputs/model-b.jsonl:4: error: "id" "P1" is not a translated prompt of this language (languages/nl/prompts.jsonl)"#,
        ]) { $0.append("\(nl)/outputs/model-b.jsonl", #"{"id": "P1", "output": "4"}"#) },
        BrokenTree("an annotation for a prompt the language has not translated", expected: [
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:4: error: "id" "p4" is not a translated prompt of this language (languages/nl/prompts.jsonl)"#,
        ]) { $0.append("\(nl)/annotations/judge-a/model-b.jsonl", #"{"id": "p4", "preference": 2}"#) },
    ]

    static let models: [BrokenTree] = [
        BrokenTree("outputs of a model without models/<id>.yml", expected: [
            #"content/languages/nl/outputs/model-c.jsonl: error: no models/model-c.yml: every model with outputs or annotations needs one (name, organization, …)"#,
        ]) { $0.write("\(nl)/outputs/model-c.jsonl", #"{"id": "p1", "output": "4"}"#) },
        BrokenTree("annotations of a described model that has no outputs in the language (once per file, not per row)", expected: [
            #"content/languages/nl/annotations/judge-a/model-c.jsonl: error: "model-c" has annotations but no outputs in this language (languages/nl/outputs/model-c.jsonl)"#,
        ]) {
            $0.write("models/model-c.yml", "name: Model C\n")
            $0.write("\(nl)/annotations/judge-a/model-c.jsonl", "{\"id\": \"p1\", \"preference\": 2}\n{\"id\": \"p2\", \"preference\": 1}\n{\"id\": \"p3\", \"preference\": 1}")
        },
        BrokenTree("annotations of a model with neither outputs nor models/<id>.yml", expected: [
            #"content/languages/nl/annotations/judge-a/model-c.jsonl: error: "model-c" has annotations but no outputs in this language (languages/nl/outputs/model-c.jsonl)"#,
            #"content/languages/nl/annotations/judge-a/model-c.jsonl: error: no models/model-c.yml: every model with outputs or annotations needs one (name, organization, …)"#,
        ]) { $0.write("\(nl)/annotations/judge-a/model-c.jsonl", #"{"id": "p1", "preference": 2}"#) },
        BrokenTree("the site's reference without models/<id>.yml", expected: [
            #"content/site.yml:4:1: error: "reference" names "ref-model", but there is no models/ref-model.yml"#,
        ]) { $0.remove("models/ref-model.yml") },
        BrokenTree("a language's reference override without models/<id>.yml", expected: [
            #"content/languages/nl/language.yml:8:1: error: "reference" names "ref-nl", but there is no models/ref-nl.yml"#,
        ]) {
            $0.append("\(nl)/language.yml", "reference: ref-nl")
            $0.write("\(nl)/outputs/ref-nl.jsonl", "{\"id\": \"p1\", \"output\": \"4\"}\n{\"id\": \"p2\", \"output\": \"Regen\"}\n{\"id\": \"p3\", \"output\": \"Zelf.\"}")
        },
        BrokenTree("a language with annotations but no outputs of its reference", expected: [
            #"content/languages/nl/outputs/ref-model.jsonl: error: missing outputs of the reference "ref-model": this language has annotations, which compare each model's output with the reference's"#,
        ]) { $0.remove("\(nl)/outputs/ref-model.jsonl") },
        BrokenTree("annotations of the reference against itself", expected: [
            #"content/languages/nl/annotations/judge-a/ref-model.jsonl: warning: annotations of the reference "ref-model" against itself are ignored"#,
        ]) { $0.write("\(nl)/annotations/judge-a/ref-model.jsonl", #"{"id": "p1", "preference": 1.5}"#) },
    ]

    static let judges: [BrokenTree] = [
        BrokenTree("a judge folder without judges/<id>.yml", expected: [
            #"content/languages/nl/annotations/judge-b: error: no judges/judge-b.yml: every judge folder needs one (name, kind, preference_kind)"#,
        ]) { $0.write("\(nl)/annotations/judge-b/model-b.jsonl", #"{"id": "p1", "preference": 2}"#) },
        BrokenTree("site.yml's judge names no judge", expected: [
            #"content/site.yml:5:1: error: "judge" names "judge-z", but there is no judges/judge-z.yml"#,
        ]) { $0.replace("site.yml", "judge: judge-a", with: "judge: judge-z") },
    ]

    static let verdicts: [BrokenTree] = [
        BrokenTree("an annotated prompt the model did not answer", expected: [
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:3: error: no output of "model-b" for "id" "p3" in languages/nl/outputs/model-b.jsonl: the verdict has no answer to refer to"#,
        ]) { $0.write("\(nl)/outputs/model-b.jsonl", "{\"id\": \"p1\", \"output\": \"4\"}\n{\"id\": \"p2\", \"output\": \"Druppels\"}") },
        BrokenTree("an annotated prompt the reference did not answer", expected: [
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:1: error: no output of the reference "ref-model" for "id" "p1" in languages/nl/outputs/ref-model.jsonl: the verdict has no answer to compare with"#,
        ]) { $0.write("\(nl)/outputs/ref-model.jsonl", "{\"id\": \"p2\", \"output\": \"Regen\"}\n{\"id\": \"p3\", \"output\": \"Zelf.\"}") },
        BrokenTree("a fractional preference from a discrete judge", expected: [
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:3: error: "preference" must be 1, 1.5, 2, 0 or null for "judge-a", a discrete judge (judges/judge-a.yml), found 1.25"#,
        ]) { $0.replace("judges/judge-a.yml", "preference_kind: weighted", with: "preference_kind: discrete") },
    ]

    static let progress: [BrokenTree] = [
        BrokenTree("a target below the number of translations", expected: [
            #"content/languages/nl/language.yml:7:1: warning: "target" is 2, but 3 prompts are translated; raise the target"#,
        ]) { $0.replace("\(nl)/language.yml", "target: 3", with: "target: 2") },
        BrokenTree("more translations than the default target of 500", expected: [
            #"content/languages/nl/language.yml: warning: "target" is 500 (the default), but 501 prompts are translated; raise the target"#,
        ]) { dir in
            let ids = (1...501).map { "p\($0)" }
            dir.write("prompts.jsonl", ids.map { #"{"id": "\#($0)", "prompt": "Prompt \#($0)."}"# }.joined(separator: "\n"))
            dir.write("\(nl)/prompts.jsonl", ids.map { #"{"id": "\#($0)", "prompt": "Vraag \#($0)."}"# }.joined(separator: "\n"))
            dir.replace("\(nl)/language.yml", "target: 3", with: "")
        },
        BrokenTree("a complete effort short of its target", expected: [
            #"content/languages/nl/language.yml:4:1: warning: "status" is complete, but only 3 of the 4 prompts of "target" are translated"#,
        ]) {
            $0.replace("\(nl)/language.yml", "status: active", with: "status: complete")
            $0.replace("\(nl)/language.yml", "target: 3", with: "target: 4")
        },
        BrokenTree("Argilla user ids without a name in translators.yml (once per id; a mapped id and a plain name are fine)", expected: [
            #"content/languages/nl/prompts.jsonl:1: warning: translator "0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d" is an Argilla user id without a name in content/languages/nl/translators.yml; pages show it as "anonymous translator 1""#,
            #"content/languages/nl/prompts.jsonl:2: warning: translator "2c9f4e6a-3d5b-4a7c-8e1f-2a3b4c5d6e7f" is an Argilla user id without a name in content/languages/nl/translators.yml; pages show it as "anonymous translator 2""#,
        ]) {
            $0.replace("\(nl)/prompts.jsonl", #"["a"]"#,
                       with: #"["0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d", "1b8e3d5f-2c4a-4f6b-9d0e-1f2a3b4c5d6e", "a"]"#)
            $0.replace("\(nl)/prompts.jsonl", #""Schrijf een haiku over regen.""#,
                       with: #""Schrijf een haiku over regen.", "translators": ["2c9f4e6a-3d5b-4a7c-8e1f-2a3b4c5d6e7f", "0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d"]"#)
            $0.write("\(nl)/translators.yml", "# Argilla user id: name\n1b8e3d5f-2c4a-4f6b-9d0e-1f2a3b4c5d6e: bram-nl\n")
        },
    ]
}
