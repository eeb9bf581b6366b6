import MPEPCheck
import MPEPContent
import Testing

@Suite("Checker on a full-size tree")
struct LargeContentTests {
    @Test("20 languages × 50 models × 500 prompts: clean, and one broken row is found among a million")
    func fullSize() throws {
        var content = LargeContent.make()
        let checker = Checker()
        let clock = ContinuousClock()
        var clean: [Diagnostic] = []
        let elapsed = clock.measure { clean = checker.check(content) }
        #expect(clean == [])
        let rows = content.languages.reduce(0) { total, language in
            let records = language.loaded ?? LoadedRecords()
            let outputs = records.outputs.values.reduce(0) { $0 + $1.count }
            let annotations = records.annotations.values.flatMap(\.values).reduce(0) { $0 + $1.count }
            return total + language.prompts.count + outputs + annotations
        }
        // Reported, not asserted: timings depend on the machine and its load.
        print("mpep check over \(rows) records: \(elapsed)")
        #expect(rows == 20 * 500 + 20 * 50 * 500 + 20 * 49 * 500)

        guard case .loaded(var records) = content.languages[7].records else { Issue.record("read in outline"); return }
        records.outputs["model-13"]?.remove(at: 41)
        content.languages[7].records = .loaded(records)
        let broken = checker.check(content).map(\.description)
        #expect(broken == [
            #"content/languages/l7/annotations/judge/model-13.jsonl:42: error: no output of "model-13" for "id" "mpep-42" in languages/l7/outputs/model-13.jsonl: the verdict has no answer to refer to"#,
        ])
    }
}
