import Foundation
import MPEPCheck
import MPEPContent
import Testing
import TestSupport

@Suite("Checker: the rules across files")
struct CheckerTests {
    @Test("the minimal tree passes the check with nothing to report")
    func minimalTreeIsClean() {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        let result = CheckRun.loadAndCheck(dir)
        #expect(result.load == [])
        #expect(result.check == [])
    }

    @Test("each broken tree yields exactly its expected diagnostics", arguments: BrokenTrees.all)
    func brokenTree(_ tree: BrokenTree) {
        let result = tree.run()
        #expect(result.load == [], "the mutation must break a rule across files, not a file by itself")
        #expect(result.check.map(\.description) == tree.expected)
    }

    @Test("every rule has a broken tree with at least one diagnostic, and no two trees give the same list")
    func treesAreDistinct() {
        let lists = BrokenTrees.all.map(\.expected)
        #expect(lists.allSatisfy { !$0.isEmpty })
        #expect(Set(lists.map { $0.joined(separator: "\n") }).count == lists.count)
    }

    @Test("a stale README table is an error at the start marker's line")
    func staleReadme() {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        let stale = CheckRun.loadAndCheck(dir, readme: ReadmeStatus(path: "README.md", isCurrent: false, markerLine: 67))
        #expect(stale.check.map(\.description) == [
            "README.md:67: error: the table of translation efforts is out of date with the content; run `mpep build` and commit README.md",
        ])
        let current = CheckRun.loadAndCheck(dir, readme: ReadmeStatus(path: "README.md", isCurrent: true, markerLine: 67))
        #expect(current.check == [])
    }

    @Test("the start marker's line is found in README text")
    func markerLine() {
        let text = "# mpep\n\n## Translation efforts\n  <!-- efforts:start -->\n| a |\n<!-- efforts:end -->\n"
        #expect(ReadmeStatus.line(in: text) == 4)
        #expect(ReadmeStatus.line(of: "<!-- efforts:end -->", in: text) == 6)
        #expect(ReadmeStatus.line(in: "no markers\n") == nil)
    }

    @Test("findings of several rules come sorted by file, line and column, the same on every run")
    func sortedAndDeterministic() throws {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        dir.replace("site.yml", "judge: judge-a", with: "judge: judge-z")
        dir.append("languages/nl/annotations/judge-a/model-b.jsonl", #"{"id": "p1", "preference": 1}"#)
        dir.append("languages/nl/annotations/judge-a/model-b.jsonl", #"{"id": "p7", "preference": 1}"#)
        dir.write("languages/de/language.yml", "name: German\nnative_name: Deutsch\nstatus: complete\ntarget: 2\n")
        dir.write("languages/de/prompts.jsonl", #"{"id": "p1", "prompt": "Addiere 2 und 2."}"#)
        let first = CheckRun.loadAndCheck(dir)
        #expect(first.load == [])
        #expect(first.check.map(\.description) == [
            #"content/languages/de/language.yml:3:1: warning: "status" is complete, but only 1 of the 2 prompts of "target" are translated"#,
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:4: error: duplicate "id" "p1": already used on line 1; ids must be unique in a file"#,
            #"content/languages/nl/annotations/judge-a/model-b.jsonl:5: error: "id" "p7" is not a translated prompt of this language (languages/nl/prompts.jsonl)"#,
            #"content/site.yml:5:1: error: "judge" names "judge-z", but there is no judges/judge-z.yml"#,
        ])
        #expect(CheckRun.loadAndCheck(dir).check == first.check)
    }

    @Test("content built in memory (no key lines) is reported at the file, and paths follow contentRoot")
    func inMemoryContent() {
        let site = SiteConfig(title: "T", reference: "ref", judge: "j")
        let info = LanguageInfo(code: "xx", name: "X", nativeName: "X", status: .active, target: 1)
        let at = SourceLocation(path: "c/languages/xx/prompts.jsonl", line: 1)
        let content = Content(
            site: site, sourcePrompts: [SourcePrompt(id: "a", prompt: "A", location: at), SourcePrompt(id: "b", prompt: "B", location: at)],
            models: [ModelInfo(id: "ref", name: "Ref")], judges: [JudgeInfo(id: "j", name: "J")],
            languages: [LanguageContent(info: info, prompts: [Translation(id: "a", prompt: "A", location: at),
                                                              Translation(id: "b", prompt: "B", location: at)])])
        #expect(Checker(contentRoot: "c").check(content).map(\.description) == [
            #"c/languages/xx/language.yml: warning: "target" is 1, but 2 prompts are translated; raise the target"#,
        ])
        #expect(Checker(contentRoot: "").check(content).map(\.path) == ["languages/xx/language.yml"])
    }

    @Test("null and legacy 0 are verdicts a discrete judge may give")
    func discreteVerdicts() {
        let dir = TemporaryDirectory("mpep-check")
        ContentTrees.minimal(in: dir)
        dir.replace("judges/judge-a.yml", "preference_kind: weighted", with: "preference_kind: discrete")
        dir.write("languages/nl/annotations/judge-a/model-b.jsonl", """
            {"id": "p1", "preference": null}
            {"id": "p2", "preference": 0}
            {"id": "p3", "preference": 1.5}
            """)
        #expect(CheckRun.loadAndCheck(dir).check == [])
    }
}
