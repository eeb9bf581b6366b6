import Foundation
import Testing
import MPEPRender
import TestSupport

@Suite("The site's templates")
struct TemplateSetTests {
    static let shipped = Fixtures.repositoryRoot.appendingPathComponent("templates")

    @Test("every template the repository ships is required, so none can go missing unnoticed")
    func everyShippedTemplateIsRequired() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        #expect(Set(files) == Set(TemplateSet.required))
    }

    @Test("a missing template is an error naming its file, before anything is rendered",
          arguments: TemplateSet.required)
    func missingTemplate(name: String) throws {
        let dir = TemporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path)
        where file.hasSuffix(".mustache") && file != name + ".mustache" {
            try FileManager.default.copyItem(at: Self.shipped.appendingPathComponent(file),
                                             to: dir.url.appendingPathComponent(file))
        }
        #expect(throws: TemplateSet.LoadError.self) { try TemplateSet(directory: dir.url) }
        do {
            _ = try TemplateSet(directory: dir.url)
        } catch {
            #expect(error.description == "templates/\(name).mustache: error: required template is missing")
        }
    }
}

@Suite("Page templates")
struct PageTemplateTests {
    @Test("every page template the code names is a file the repository ships, and every shipped file is one")
    func casesAreFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TemplateSetTests.shipped.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(PageTemplate.allCases.map(\.fileName)) == Set(files))
    }

    @Test("a misspelled file leaves its template missing: the error names the one the code needs",
          arguments: PageTemplate.allCases)
    func misspelledFile(template: PageTemplate) throws {
        let dir = TemporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: TemplateSetTests.shipped.path) where file.hasSuffix(".mustache") {
            let name = file == template.fileName ? "x" + file : file
            try FileManager.default.copyItem(at: TemplateSetTests.shipped.appendingPathComponent(file),
                                             to: dir.url.appendingPathComponent(name))
        }
        #expect(throws: TemplateSet.LoadError.self) { try TemplateSet(directory: dir.url) }
        do {
            _ = try TemplateSet(directory: dir.url)
        } catch {
            #expect(error.description == "templates/\(template.rawValue).mustache: error: required template is missing")
        }
    }

    @Test("a template that includes a partial no file holds is refused at load, naming the template and the partial")
    func unknownPartial() throws {
        let dir = TemporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: TemplateSetTests.shipped.path) where file.hasSuffix(".mustache") {
            try FileManager.default.copyItem(at: TemplateSetTests.shipped.appendingPathComponent(file),
                                             to: dir.url.appendingPathComponent(file))
        }
        dir.write("efforts.mustache", "<h1>Efforts</h1>\n{{> efforts-tabel}}\n")
        do {
            _ = try TemplateSet(directory: dir.url)
            Issue.record("a misspelled partial loaded")
        } catch {
            #expect(error.description == "templates/efforts.mustache: error: includes {{> efforts-tabel}}, which is not a template (no efforts-tabel.mustache beside it)")
        }
    }
}
