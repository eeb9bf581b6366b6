import Testing
import MPEPTemplates

@Suite("Template values")
struct TemplateValueTests {
    @Test("literals make texts, booleans, lists and objects; numbers are shown in decimal")
    func literals() {
        let value: TemplateValue = ["name": "Dutch", "count": 42, "done": true, "leads": ["Ana", "Bo"]]
        #expect(value == .object([
            "name": .text("Dutch"), "count": .text("42"), "done": .bool(true),
            "leads": .list([.text("Ana"), .text("Bo")]),
        ]))
        #expect(TemplateValue.number(-7) == .text("-7"))
        #expect(TemplateValue.objects([["a": "b"]]) == .list([.object(["a": .text("b")])]))
    }
}
