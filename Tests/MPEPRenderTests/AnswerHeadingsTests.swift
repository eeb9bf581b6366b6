import Testing
@testable import MPEPRender

@Suite("Headings inside answers")
struct AnswerHeadingsTests {
    @Test("the levels an answer uses become h4, h5, h6 in order, opening and closing tags alike")
    func levelsInOrder() {
        let html = "<h2>Plan</h2>\n<p>x</p>\n<h3>Étape 1</h3>\n<hr />\n<h2>Fin</h2>\n"
        #expect(LanguageAnswers.nested(html)
                == "<h4>Plan</h4>\n<p>x</p>\n<h5>Étape 1</h5>\n<hr />\n<h4>Fin</h4>\n")
    }

    @Test("levels beyond the third in use stay at h6")
    func deepLevels() {
        let html = "<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h6>e</h6>"
        #expect(LanguageAnswers.nested(html) == "<h4>a</h4><h5>b</h5><h6>c</h6><h6>d</h6><h6>e</h6>")
    }

    @Test("text that only looks like a tag, escaped by cmark, is left alone")
    func escapedText() {
        let html = "<p>&lt;h2&gt; and <code>&lt;/h3&gt;</code> in Русский текст</p>"
        #expect(LanguageAnswers.nested(html) == html)
        #expect(LanguageAnswers.nested("<h3>") == "<h4>")
        #expect(LanguageAnswers.nested("<h") == "<h")
        #expect(LanguageAnswers.nested("") == "")
    }
}
